package vn.thidua.common.audit;

/** The kinds of record whose every change is logged (nominations, council work, decisions, the catalogue). */
public enum AuditEntity {
    NOMINATION, DOSSIER_ITEM, COUNCIL_MEETING, COUNCIL_VOTE, DECISION, AWARD_FORM, AWARD_RULE, LEGAL_BASIS, BASE_SALARY
}
