package vn.thidua.common.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.Services;
import vn.thidua.organisation.model.SignerRole;
import vn.thidua.plans.model.PlanDate;
import vn.thidua.plans.model.PlanSigner;
import vn.thidua.tasks.model.Deadline;
import vn.thidua.tasks.model.ProgressUpdate;
import vn.thidua.tasks.model.Task;
import vn.thidua.tasks.model.TaskPlan;
import vn.thidua.tasks.model.TaskSection;
import vn.thidua.tasks.model.TaskStatus;

/** V6 gives V2's task tables the plan document's fields: a V5 folder with a task plan opens with all of it readable. */
class TaskPlansMigrationTest {

    @TempDir
    Path dir;

    @Test
    void aDatabaseMadeByVersion5WithATaskPlanIsUpgradedWithItsDataIntact() {
        Path data = dir.resolve("data");
        try (DataFolder folder = DataFolder.open(data); Database v5 = Database.open(folder, "5")) {
            assertEquals(MigrationVersion.fromVersion("5"), Flyway.configure().dataSource(v5.dataSource())
                    .locations(Database.MIGRATIONS).load().info().current().getVersion());
            v5.inTransaction(TaskPlansMigrationTest::fillVersion5);
        }

        try (Services services = Services.open(data)) {
            TaskPlan plan = services.tasks().plan(2026).orElseThrow();
            assertEquals(new TaskPlan(1L, 2026, "KH", 15, null, new PlanDate(2026, 1, 20),
                    "Triển khai nhiệm vụ trọng tâm năm 2026", List.of(), null, List.of(), List.of(), List.of(), List.of(),
                    null, List.of(), new PlanSigner(1L, "Trịnh Tuyết Mai", SignerRole.DIRECTOR)), plan);

            List<Task> tasks = services.tasks().tasks(1);
            assertEquals(List.of(new Task(1L, TaskSection.KEY, "Nhóm 1", 1, "Tham mưu hoàn thiện thể chế", 1L, List.of(2L),
                    null, "Nguyễn Văn An", Deadline.month(6), "Chủ trì", "Quy chế", "UBND tỉnh")), tasks);
            assertEquals(Map.of(1L, List.of(new ProgressUpdate(1L, 1L, LocalDate.of(2026, 3, 1), TaskStatus.IN_PROGRESS,
                    40, "Đang lấy ý kiến", null, null))), services.tasks().progress(1));
            assertEquals(List.of(2026), services.tasks().years());
        }
    }

    private static Void fillVersion5(Connection c) throws SQLException {
        Jdbc.update(c, "INSERT INTO unit (name, short_name, unit_type, sort_order, active) VALUES "
                + "('Phòng Hợp tác quốc tế - Văn phòng', 'HTQT-VP', 'ADMINISTRATIVE', 1, TRUE), "
                + "('Phòng Lãnh sự - Quản lý biên giới', 'LS-QLBG', 'ADMINISTRATIVE', 2, TRUE)");
        Jdbc.update(c, "INSERT INTO signer (full_name, role, sort_order, active) VALUES ('Trịnh Tuyết Mai', 'DIRECTOR', 1, TRUE)");
        Jdbc.update(c, "INSERT INTO staff (code, full_name, gender, unit_id, kind) "
                + "VALUES ('CB0001', 'Nguyễn Văn An', 'MALE', 1, 'CIVIL_SERVANT')");
        Jdbc.update(c, "INSERT INTO task_plan (plan_year, doc_number, issue_date, title, signer_id, body_json) "
                + "VALUES (2026, 15, DATE '2026-01-20', 'Triển khai nhiệm vụ trọng tâm năm 2026', 1, NULL)");
        Jdbc.update(c, "INSERT INTO task (task_plan_id, section, task_group, sort_order, content, lead_unit_id, "
                + "responsible_staff_id, due_month, responsibility, product, approver) VALUES "
                + "(1, 'A', 'Nhóm 1', 1, 'Tham mưu hoàn thiện thể chế', 1, 1, 6, 'Chủ trì', 'Quy chế', 'UBND tỉnh')");
        Jdbc.update(c, "INSERT INTO task_support (task_id, unit_id) VALUES (1, 2)");
        Jdbc.update(c, "INSERT INTO task_progress (task_id, reported_on, status, percent_done, note) "
                + "VALUES (1, DATE '2026-03-01', 'IN_PROGRESS', 40, 'Đang lấy ý kiến')");
        return null;
    }
}
