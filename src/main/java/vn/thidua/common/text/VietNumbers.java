package vn.thidua.common.text;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;

/**
 * Numbers as Vietnamese documents write them: "." between thousands, "," before decimals (2.340.000; 1,5).
 * Fixed symbols rather than the JDK's locale data, whose grouping separator for vi-VN is not the same on every JDK.
 */
public final class VietNumbers {

    private static final ThreadLocal<DecimalFormat> GROUPED = ThreadLocal.withInitial(() -> format("#,##0"));
    private static final ThreadLocal<DecimalFormat> DECIMAL = ThreadLocal.withInitial(() -> format("#,##0.0#"));

    private VietNumbers() {
    }

    /** 2340000 as "2.340.000". */
    public static String grouped(long value) {
        return GROUPED.get().format(value);
    }

    /** 0.3 as "0,3", 1 as "1,0", 1.25 as "1,25"; null as "". */
    public static String decimal(BigDecimal value) {
        return value == null ? "" : DECIMAL.get().format(value);
    }

    private static DecimalFormat format(String pattern) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(VietText.VIETNAMESE);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        return new DecimalFormat(pattern, symbols);
    }
}
