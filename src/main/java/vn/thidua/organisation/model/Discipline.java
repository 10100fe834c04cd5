package vn.thidua.organisation.model;

import java.time.LocalDate;

/** A disciplinary measure and the period it runs; an open end means it still runs. */
public record Discipline(Long id, long staffId, DisciplineForm form, LocalDate fromDate, LocalDate toDate,
                         String decisionNumber, String reason) {

    public boolean overlapsYear(int year) {
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        return !fromDate.isAfter(end) && (toDate == null || !toDate.isBefore(start));
    }
}
