package vn.thidua.plans.model;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The date of a plan as printed after the place: in a draft often only the month and year ("ngày   tháng 01 năm
 * 2026"), or only the year; an issued plan has the full date. Null month or day means not yet known.
 */
public record PlanDate(int year, Integer month, Integer day) {

    public static PlanDate of(LocalDate d) {
        return new PlanDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    public static PlanDate month(int year, int month) {
        return new PlanDate(year, month, null);
    }

    public boolean isComplete() {
        return month != null && day != null;
    }

    /** Whether month and day, where given, make a real date (a day needs its month). */
    public boolean isValid() {
        if (month == null) {
            return day == null;
        }
        if (month < 1 || month > 12) {
            return false;
        }
        if (day == null) {
            return true;
        }
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** The full date; only for a complete, valid date. */
    public LocalDate toLocalDate() {
        return LocalDate.of(year, month, day);
    }

    public PlanDate plusYears(int years) {
        if (isComplete() && isValid()) {
            return of(toLocalDate().plusYears(years));
        }
        return new PlanDate(year + years, month, day);
    }
}
