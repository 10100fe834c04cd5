package vn.thidua.tasks.model;

/** A refused value: the field it belongs to and the Vietnamese message that says why. */
public record TaskProblem(TaskField field, String message) {
}
