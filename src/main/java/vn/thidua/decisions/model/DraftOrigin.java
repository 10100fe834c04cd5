package vn.thidua.decisions.model;

/**
 * Where a new decision starts: the council's result at a closed meeting; a decision received from above (the
 * provincial chairman's Bằng khen and higher), typed from its paper copy; or the director's own decision for people and
 * units the clerk picks (an award outside a meeting's list, such as a one-off achievement).
 */
public enum DraftOrigin { MEETING, ABOVE, OWN }
