package vn.thidua.audit.model;

import java.time.LocalDateTime;
import vn.thidua.common.audit.AuditAction;
import vn.thidua.common.audit.AuditEntity;

/** One line of the change log: who changed which record when, and the record before and after as JSON. */
public record AuditEntry(long id, LocalDateTime at, String user, String workstation, AuditEntity entity, Long entityId,
                         AuditAction action, String beforeJson, String afterJson, String summary) {
}
