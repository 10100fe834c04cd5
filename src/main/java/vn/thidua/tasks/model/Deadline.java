package vn.thidua.tasks.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * "Rõ thời gian": a day ("trước 30/6/2026"), a month ("tháng 6") or a quarter ("quý II") of the plan's year, or none
 * for standing work ("thường xuyên"). A month means its last day and a quarter the last day of its third month: the
 * task is on time while it is finished by then.
 *
 * @param date   the day, for {@link DeadlineKind#DATE}
 * @param number the month (1–12) or the quarter (1–4)
 */
public record Deadline(DeadlineKind kind, LocalDate date, Integer number) {

    public static final Deadline NONE = new Deadline(DeadlineKind.NONE, null, null);

    public Deadline {
        Objects.requireNonNull(kind, "kind");
        if (kind == DeadlineKind.DATE) {
            Objects.requireNonNull(date, "date");
            number = null;
        } else if (kind == DeadlineKind.NONE) {
            date = null;
            number = null;
        } else {
            Objects.requireNonNull(number, "number");
            date = null;
        }
    }

    public static Deadline on(LocalDate date) {
        return new Deadline(DeadlineKind.DATE, date, null);
    }

    public static Deadline month(int month) {
        return new Deadline(DeadlineKind.MONTH, null, month);
    }

    public static Deadline quarter(int quarter) {
        return new Deadline(DeadlineKind.QUARTER, null, quarter);
    }

    /** Whether the value is a real day, month or quarter. */
    public boolean isValid() {
        return switch (kind) {
            case NONE, DATE -> true;
            case MONTH -> number >= 1 && number <= 12;
            case QUARTER -> number >= 1 && number <= 4;
        };
    }

    /** The last day the task is on time, in the plan's {@code year}; null when there is no deadline. */
    public LocalDate lastDay(int year) {
        return switch (kind) {
            case NONE -> null;
            case DATE -> date;
            case MONTH -> YearMonth.of(year, number).atEndOfMonth();
            case QUARTER -> YearMonth.of(year, number * 3).atEndOfMonth();
        };
    }

    /** Whether the deadline falls in {@code year} (none always does). */
    public boolean within(int year) {
        return kind != DeadlineKind.DATE || date.getYear() == year;
    }
}
