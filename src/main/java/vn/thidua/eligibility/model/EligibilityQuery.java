package vn.thidua.eligibility.model;

import java.time.LocalDate;
import java.util.Objects;
import vn.thidua.common.text.VietText;

/**
 * One nomination to check: a person or a unit, the award form (its catalogue code, "CSTD_CS"), the last year of the
 * achievement period, the decision's date (which picks the legal basis in force) and whether the award is a merit
 * award. Thematic (chuyên đề) and one-off (đột xuất) nominations are not: their standards are the plan's own.
 */
public record EligibilityQuery(Long staffId, Long unitId, String awardFormCode, int achievementYear,
                               LocalDate decisionDate, boolean merit) {

    public EligibilityQuery {
        if ((staffId == null) == (unitId == null)) {
            throw new IllegalArgumentException("a nomination names either a person or a unit");
        }
        awardFormCode = VietText.clean(Objects.requireNonNull(awardFormCode, "awardFormCode"));
        Objects.requireNonNull(decisionDate, "decisionDate");
    }

    public static EligibilityQuery forStaff(long staffId, String awardFormCode, int achievementYear,
                                            LocalDate decisionDate) {
        return new EligibilityQuery(staffId, null, awardFormCode, achievementYear, decisionDate, true);
    }

    public static EligibilityQuery forUnit(long unitId, String awardFormCode, int achievementYear,
                                           LocalDate decisionDate) {
        return new EligibilityQuery(null, unitId, awardFormCode, achievementYear, decisionDate, true);
    }

    /** The same nomination as a thematic or one-off one. */
    public EligibilityQuery nonMerit() {
        return new EligibilityQuery(staffId, unitId, awardFormCode, achievementYear, decisionDate, false);
    }

    public boolean collective() {
        return unitId != null;
    }
}
