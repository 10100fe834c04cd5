package vn.thidua.plans.model;

/** The movement a plan launches: thường xuyên, theo đợt, chuyên đề. */
public enum MovementForm { REGULAR, CAMPAIGN, THEMATIC }
