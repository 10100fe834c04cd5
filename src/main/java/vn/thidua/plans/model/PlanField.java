package vn.thidua.plans.model;

/** The parts of a plan a form shows a message beside. */
public enum PlanField { CODE, NUMBER, DATE, TITLE, PERIOD, TARGETS, OFFERS, OVERALL_QUOTA, DOSSIER_DEADLINE, SIGNER }
