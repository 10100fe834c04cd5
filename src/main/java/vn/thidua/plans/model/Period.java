package vn.thidua.plans.model;

import java.time.LocalDate;

/**
 * The movement's period. {@code startsOnIssue}: "từ ngày ban hành" (the start is the issue date, start is null);
 * {@code wholeMonths}: printed as months ("từ tháng 5/2025 đến hết tháng 10/2025"), start and end being the first
 * and last days of those months.
 */
public record Period(LocalDate start, LocalDate end, boolean startsOnIssue, boolean wholeMonths) {

    public static Period between(LocalDate start, LocalDate end) {
        return new Period(start, end, false, false);
    }

    public static Period months(int fromYear, int fromMonth, int toYear, int toMonth) {
        LocalDate end = LocalDate.of(toYear, toMonth, 1);
        return new Period(LocalDate.of(fromYear, fromMonth, 1), end.withDayOfMonth(end.lengthOfMonth()), false, true);
    }

    public static Period fromIssueUntil(LocalDate end) {
        return new Period(null, end, true, false);
    }

    public Period plusYears(int years) {
        return new Period(start == null ? null : start.plusYears(years), end == null ? null : plusYearsKeepingMonthEnd(end, years),
                startsOnIssue, wholeMonths);
    }

    private LocalDate plusYearsKeepingMonthEnd(LocalDate d, int years) {
        LocalDate moved = d.plusYears(years);
        return wholeMonths ? moved.withDayOfMonth(moved.lengthOfMonth()) : moved;
    }
}
