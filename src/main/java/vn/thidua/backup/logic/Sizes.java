package vn.thidua.backup.logic;

import java.math.BigDecimal;
import java.math.RoundingMode;
import vn.thidua.common.text.VietNumbers;

/** A file size as the clerk reads it: "12,3 MB". */
public final class Sizes {

    private Sizes() {
    }

    public static String megabytes(long bytes) {
        return VietNumbers.decimal(BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024L * 1024), 1,
                RoundingMode.HALF_UP)) + " MB";
    }
}
