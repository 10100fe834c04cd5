package vn.thidua.nominations.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A nomination (hồ sơ đề nghị khen thưởng): the nominee, the award form or title sought, the proposing unit, the
 * occasion (under a plan's movement, or the year-end review without one), the achievement summary and the
 * achievement report's content for the years {@code reportFirstYear}…{@code year}, and its status with its day.
 */
public record Nomination(Long id, Long planId, Occasion occasion, int year, int reportFirstYear, Nominee nominee,
                         long awardFormId, Long proposingUnitId, String summary, String duties, String description,
                         String achievements, String measures, List<YearLine> years, List<AwardLine> awards,
                         NominationStatus status, LocalDate statusDate, String note) {

    public Nomination {
        years = List.copyOf(years);
        awards = List.copyOf(awards);
    }

    public static Nomination draft(Long planId, Occasion occasion, int year, Nominee nominee, long awardFormId,
                                   Long proposingUnitId, LocalDate today) {
        return new Nomination(null, planId, occasion, year, year, nominee, awardFormId, proposingUnitId, null, null,
                null, null, null, List.of(), List.of(), NominationStatus.DRAFT, today, null);
    }

    public Nomination withId(Long newId) {
        return new Nomination(newId, planId, occasion, year, reportFirstYear, nominee, awardFormId, proposingUnitId,
                summary, duties, description, achievements, measures, years, awards, status, statusDate, note);
    }

    public Nomination withStatus(NominationStatus newStatus, LocalDate day) {
        return new Nomination(id, planId, occasion, year, reportFirstYear, nominee, awardFormId, proposingUnitId,
                summary, duties, description, achievements, measures, years, awards, newStatus, day, note);
    }

    public Nomination withReport(int firstYear, List<YearLine> newYears, List<AwardLine> newAwards) {
        return new Nomination(id, planId, occasion, year, firstYear, nominee, awardFormId, proposingUnitId,
                summary, duties, description, achievements, measures, newYears, newAwards, status, statusDate, note);
    }

    public Nomination withTexts(String newSummary, String newDuties, String newDescription, String newAchievements,
                                String newMeasures, String newNote) {
        return new Nomination(id, planId, occasion, year, reportFirstYear, nominee, awardFormId, proposingUnitId,
                newSummary, newDuties, newDescription, newAchievements, newMeasures, years, awards, status, statusDate,
                newNote);
    }
}
