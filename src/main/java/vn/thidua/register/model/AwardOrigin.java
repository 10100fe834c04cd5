package vn.thidua.register.model;

/** Where a register entry comes from: a title typed in the yearly records, a signed decision, or an imported list. */
public enum AwardOrigin { RECORD, DECISION, IMPORTED }
