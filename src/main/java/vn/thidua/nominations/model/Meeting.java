package vn.thidua.nominations.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * A meeting of the Hội đồng Thi đua - Khen thưởng: when and where, for which plan (none for the year-end review),
 * the minutes' number, who chaired and who kept the minutes, guests, the discussion and the conclusion as the
 * Biên bản prints them. Once closed, its votes are locked; a correction is a logged amendment.
 */
public record Meeting(Long id, Long planId, int year, LocalDate date, LocalTime startTime, LocalTime endTime,
                      String place, String subject, Integer minutesNumber, Long chairId, Long secretaryId, String guests,
                      String discussion, String conclusion, LocalDateTime closedAt) {

    public boolean closed() {
        return closedAt != null;
    }

    public static Meeting draft(Long planId, LocalDate date) {
        return new Meeting(null, planId, date.getYear(), date, null, null, null, null, null, null, null, null, null,
                null, null);
    }

    public Meeting withId(Long newId, Integer number) {
        return new Meeting(newId, planId, year, date, startTime, endTime, place, subject, number, chairId, secretaryId,
                guests, discussion, conclusion, closedAt);
    }
}
