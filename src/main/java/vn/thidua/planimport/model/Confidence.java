package vn.thidua.planimport.model;

/** How sure the reader is of a field: read from a fixed form (SURE), from wording it knows (LIKELY), or guessed. */
public enum Confidence { SURE, LIKELY, GUESS }
