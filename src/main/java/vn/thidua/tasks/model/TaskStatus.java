package vn.thidua.tasks.model;

/** The state a progress update reports. STOPPED: set aside by the director, no longer expected this year. */
public enum TaskStatus { NOT_STARTED, IN_PROGRESS, DONE, STOPPED }
