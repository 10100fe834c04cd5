package vn.thidua.decisions.model;

/** A decision is drafted, then signed; a signed decision is frozen and changes only by an amendment decision. */
public enum DecisionStatus { DRAFT, SIGNED }
