package vn.thidua.common.text;

import com.ibm.icu.text.RuleBasedNumberFormat;
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
    private static final ThreadLocal<RuleBasedNumberFormat> SPELLOUT = ThreadLocal.withInitial(() ->
            new RuleBasedNumberFormat(VietText.VIETNAMESE, RuleBasedNumberFormat.SPELLOUT));

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

    /** 710000 as "Bảy trăm mười nghìn đồng", as a decision writes an amount in words. */
    public static String inWords(long dong) {
        String words = SPELLOUT.get().format(dong);
        return words.substring(0, 1).toUpperCase(VietText.VIETNAMESE) + words.substring(1) + " đồng";
    }

    private static DecimalFormat format(String pattern) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(VietText.VIETNAMESE);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        return new DecimalFormat(pattern, symbols);
    }
}
