package vn.thidua.plans.model;

import java.math.BigDecimal;

/** A measurable target against one year's records: the actual value (null without records) and whether it was met. */
public record TargetResult(Target target, int year, BigDecimal actual, boolean met) {
}
