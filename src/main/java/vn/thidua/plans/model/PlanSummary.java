package vn.thidua.plans.model;

/** A plan as lists show it. */
public record PlanSummary(long id, String code, Integer number, PlanDate date, String title, PlanStatus status) {
}
