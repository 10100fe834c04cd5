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

    /** The day as dd/MM/yyyy, or an empty text for no day. */
    public static String format(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }
}
