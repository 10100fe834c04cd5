package vn.thidua.overview.model;

/** The overview's groups, in the order the screen shows them. */
public enum AttentionKind { DEADLINE, MISSING_DOCUMENTS, QUOTA_EXCEEDED, MEETING }
