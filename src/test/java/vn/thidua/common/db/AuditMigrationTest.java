package vn.thidua.common.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.Services;
import vn.thidua.audit.model.AuditEntry;
import vn.thidua.common.audit.AuditAction;
import vn.thidua.common.audit.AuditEntity;

/**
 * V7 adds the workstation, the summary and two indexes to V2's audit_log. A folder made by version 5 with lines in
 * the log opens with them readable; it does not depend on what version 6 holds.
 */
class AuditMigrationTest {

    @TempDir
    Path dir;

    @Test
    void aDatabaseMadeByVersion5WithLoggedChangesIsUpgradedWithTheLinesKept() {
        Path data = dir.resolve("data");
        try (DataFolder folder = DataFolder.open(data); Database v5 = Database.open(folder, "5")) {
            v5.inTransaction(c -> Jdbc.update(c, "INSERT INTO audit_log (logged_at, os_user, entity, entity_id, action, "
                    + "before_json, after_json) VALUES (TIMESTAMP '2026-03-02 09:15:00', 'vanthu', 'BASE_SALARY', 4, "
                    + "'UPDATE', '{\"amount\":2340000}', '{\"amount\":2530000}')"));
            v5.inTransaction(c -> Jdbc.update(c, "INSERT INTO unit (name, unit_type, sort_order, active) "
                    + "VALUES ('Văn phòng', 'ADMINISTRATIVE', 1, TRUE)"));
        }

        try (Services s = Services.open(data)) {
            List<AuditEntry> entries = s.auditLog().between(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2), null);
            assertEquals(1, entries.size());
            AuditEntry e = entries.get(0);
            assertEquals(List.of("vanthu", AuditEntity.BASE_SALARY, 4L, AuditAction.UPDATE, "{\"amount\":2340000}",
                    "{\"amount\":2530000}"), List.of(e.user(), e.entity(), e.entityId(), e.action(), e.beforeJson(),
                    e.afterJson()));
            assertNull(e.workstation());
            assertNull(e.summary());
            assertEquals(1, s.units().all().size());
            assertEquals(Long.valueOf(2), s.database().<Long>read(c -> Jdbc.count(c, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.INDEXES "
                    + "WHERE TABLE_NAME = 'AUDIT_LOG' AND INDEX_NAME IN ('AUDIT_LOG_LOGGED_AT', 'AUDIT_LOG_ENTITY')")));
        }
    }
}
