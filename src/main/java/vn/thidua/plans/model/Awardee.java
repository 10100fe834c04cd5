package vn.thidua.plans.model;

/** Who an award, a criterion or a registration is for: a collective (tập thể) or an individual (cá nhân). */
public enum Awardee { COLLECTIVE, INDIVIDUAL }
