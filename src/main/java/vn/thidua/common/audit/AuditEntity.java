package vn.thidua.common.audit;

/**
 * The kinds of record whose every change is logged: nominations, council work, decisions, the catalogue, and the
 * yearly records the eligibility rules read (ratings and titles, innovations, disciplines).
 */
public enum AuditEntity {
    NOMINATION, DOSSIER_ITEM, COUNCIL_MEETING, COUNCIL_VOTE, DECISION, AWARD_FORM, AWARD_RULE, LEGAL_BASIS, BASE_SALARY,
    STAFF_YEAR, UNIT_YEAR, INNOVATION, DISCIPLINE
}
