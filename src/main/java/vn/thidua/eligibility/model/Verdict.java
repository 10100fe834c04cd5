package vn.thidua.eligibility.model;

/**
 * What the check says of a nomination. BLOCKED: discipline or a pending inspection forbids any award. NO_RULE: no
 * legal basis on the decision's date, no rule set for it, or no standard of the award there.
 */
public enum Verdict { ELIGIBLE, NOT_ELIGIBLE, BLOCKED, NO_RULE }
