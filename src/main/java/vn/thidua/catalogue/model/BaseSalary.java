package vn.thidua.catalogue.model;

import java.time.LocalDate;

/** Mức lương cơ sở from a date on, in đồng per month. */
public record BaseSalary(Long id, LocalDate effectiveFrom, long amount, String note) {
}
