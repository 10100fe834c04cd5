package vn.thidua.plans.model;

import java.math.BigDecimal;

/** How many may be awarded: a count ("03 cá nhân"), a percent of the participants ("không quá 30%"), or neither. */
public record Quota(Integer count, BigDecimal percent) {

    public static final Quota NONE = new Quota(null, null);

    public Quota {
        percent = Quota.plain(percent);
    }

    /** Without trailing zeros and never in exponent form (30.00 and 30 are the same 30), so values compare as typed. */
    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public static Quota count(int n) {
        return new Quota(n, null);
    }

    public static Quota percent(String p) {
        return new Quota(null, new BigDecimal(p));
    }
}
