package vn.thidua.tasks.model;

/** The fields a task plan's forms show a message beside. */
public enum TaskField { YEAR, TITLE, DATE, CONTENT, LEAD_UNIT, DEADLINE, REPORTED_ON, PERCENT, STATUS }
