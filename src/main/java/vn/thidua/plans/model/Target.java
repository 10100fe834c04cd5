package vn.thidua.plans.model;

import java.math.BigDecimal;

/**
 * A target as printed ("≥ 90% CCVC hoàn thành tốt nhiệm vụ"); when the yearly records can measure it, the measure
 * and its threshold (a percent or a count), both given or both null.
 */
public record Target(String text, TargetMeasure measure, BigDecimal threshold) {

    public Target {
        threshold = Quota.plain(threshold);
    }

    public static Target text(String text) {
        return new Target(text, null, null);
    }

    public boolean isMeasurable() {
        return measure != null;
    }
}
