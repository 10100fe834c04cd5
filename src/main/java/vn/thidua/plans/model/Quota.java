package vn.thidua.plans.model;

import java.math.BigDecimal;

/** How many may be awarded: a count ("03 cá nhân"), a percent of the participants ("không quá 30%"), or neither. */
public record Quota(Integer count, BigDecimal percent) {

    public static final Quota NONE = new Quota(null, null);

    public Quota {
        percent = percent == null ? null : percent.stripTrailingZeros();
    }

    public static Quota count(int n) {
        return new Quota(n, null);
    }

    public static Quota percent(String p) {
        return new Quota(null, new BigDecimal(p));
    }
}
