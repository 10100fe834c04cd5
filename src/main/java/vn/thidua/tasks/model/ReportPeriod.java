package vn.thidua.tasks.model;

import java.time.LocalDate;
import java.time.YearMonth;

/** What a progress report covers: a month, a quarter or the whole year. At most one of month and quarter is set. */
public record ReportPeriod(int year, Integer month, Integer quarter) {

    public ReportPeriod {
        if (month != null && quarter != null) {
            throw new IllegalArgumentException("a month or a quarter, not both");
        }
    }

    public static ReportPeriod year(int year) {
        return new ReportPeriod(year, null, null);
    }

    public static ReportPeriod month(int year, int month) {
        return new ReportPeriod(year, month, null);
    }

    public static ReportPeriod quarter(int year, int quarter) {
        return new ReportPeriod(year, null, quarter);
    }

    public boolean isYear() {
        return month == null && quarter == null;
    }

    public LocalDate from() {
        if (month != null) {
            return LocalDate.of(year, month, 1);
        }
        return quarter != null ? LocalDate.of(year, quarter * 3 - 2, 1) : LocalDate.of(year, 1, 1);
    }

    public LocalDate to() {
        if (month != null) {
            return YearMonth.of(year, month).atEndOfMonth();
        }
        return quarter != null ? YearMonth.of(year, quarter * 3).atEndOfMonth() : LocalDate.of(year, 12, 31);
    }
}
