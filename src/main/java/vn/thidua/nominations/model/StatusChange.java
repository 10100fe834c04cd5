package vn.thidua.nominations.model;

import java.time.LocalDate;

/** One step of a nomination's history: the status it reached, on which day, with the clerk's note. */
public record StatusChange(NominationStatus status, LocalDate date, String note) {
}
