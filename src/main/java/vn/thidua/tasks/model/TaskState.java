package vn.thidua.tasks.model;

/**
 * Where a task stands on a given day, in the order the clerk sees them: overdue first, then at risk, then the rest.
 * DONE_LATE is finished after its deadline; STOPPED is set aside.
 */
public enum TaskState { OVERDUE, AT_RISK, ON_TRACK, NO_DEADLINE, DONE_LATE, DONE, STOPPED }
