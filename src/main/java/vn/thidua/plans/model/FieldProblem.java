package vn.thidua.plans.model;

/** A refused value: the part of the plan it belongs to and the Vietnamese message that names it. */
public record FieldProblem(PlanField field, String message) {
}
