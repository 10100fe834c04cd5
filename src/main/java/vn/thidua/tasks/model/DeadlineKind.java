package vn.thidua.tasks.model;

/** How a task's deadline is given: none ("thường xuyên"), a day, a month or a quarter of the plan's year. */
public enum DeadlineKind { NONE, DATE, MONTH, QUARTER }
