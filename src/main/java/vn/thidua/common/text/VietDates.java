package vn.thidua.common.text;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

/** Dates as Vietnamese documents and tables write them: 05/01/2026. */
public final class VietDates {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private VietDates() {
    }

    /** Typed days: 5/1/2026, 05/01/2026, 05-01-2026 or 05.01.2026; a day that cannot be (31/02) is refused. */
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    /** Reads a day as the clerk types it, or throws {@link java.time.format.DateTimeParseException}. */
    public static LocalDate parse(String typed) {
        return LocalDate.parse(typed.strip().replace('-', '/').replace('.', '/'), TYPED);
    }

    /** The day as dd/MM/yyyy, or an empty text for no day. */
    public static String format(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }
}
