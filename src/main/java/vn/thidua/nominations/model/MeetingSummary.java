package vn.thidua.nominations.model;

import java.time.LocalDate;

/** A meeting as lists show it. */
public record MeetingSummary(long id, Long planId, int year, LocalDate date, Integer minutesNumber, String subject,
                             int members, int present, int nominations, boolean closed) {
}
