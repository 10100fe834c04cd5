package vn.thidua.planimport.model;

/** What a read document turned out to be: a movement plan, or a key-task plan (seed 002). */
public enum PlanKind { MOVEMENT, TASK_PLAN }
