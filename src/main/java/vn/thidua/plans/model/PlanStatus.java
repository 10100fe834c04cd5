package vn.thidua.plans.model;

/** Draft → issued (numbered, frozen) → in progress → closed. */
public enum PlanStatus { DRAFT, ISSUED, IN_PROGRESS, CLOSED }
