package vn.thidua.catalogue.logic;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Tiền thưởng: the prize coefficient times the base salary in force, rounded up to the next 10.000 đ. */
public final class PrizeMoney {

    private static final BigDecimal STEP = BigDecimal.valueOf(10_000);

    private PrizeMoney() {
    }

    /** The prize in đồng, or null when the award carries no coefficient for that kind of recipient. */
    public static Long amount(BigDecimal coefficient, long baseSalary) {
        if (coefficient == null) {
            return null;
        }
        BigDecimal raw = coefficient.multiply(BigDecimal.valueOf(baseSalary));
        return raw.divide(STEP, 0, RoundingMode.CEILING).multiply(STEP).longValueExact();
    }
}
