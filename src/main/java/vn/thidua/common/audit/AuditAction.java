package vn.thidua.common.audit;

/** What was done to a record, as the change log shows it. */
public enum AuditAction {
    CREATE, UPDATE, DELETE, STATUS, VOTE, AMEND, CLOSE, SIGN
}
