package vn.thidua.common.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.Services;
import vn.thidua.organisation.model.Unit;
import vn.thidua.organisation.model.UnitType;
import vn.thidua.plans.model.AwardOffer;
import vn.thidua.plans.model.Awardee;
import vn.thidua.plans.model.DocumentRef;
import vn.thidua.plans.model.MovementForm;
import vn.thidua.plans.model.Period;
import vn.thidua.plans.model.Plan;
import vn.thidua.plans.model.PlanDate;
import vn.thidua.plans.model.PlanStatus;
import vn.thidua.plans.model.Quota;

/** V3 reshapes V2's plan tables: a V2 folder with a plan and other data opens with all of it readable. */
class PlansMigrationTest {

    @TempDir
    Path dir;

    @Test
    void aDatabaseMadeByVersion2WithAPlanIsUpgradedWithItsDataIntact() {
        Path data = dir.resolve("data");
        try (DataFolder folder = DataFolder.open(data); Database v2 = Database.open(folder, "2")) {
            assertEquals(MigrationVersion.fromVersion("2"), Flyway.configure().dataSource(v2.dataSource())
                    .locations(Database.MIGRATIONS).load().info().current().getVersion());
            v2.inTransaction(PlansMigrationTest::fillVersion2);
        }

        try (Services services = Services.open(data)) {
            assertEquals(List.of(new Unit(1L, "Phòng Hợp tác quốc tế - Văn phòng", "HTQT-VP", UnitType.ADMINISTRATIVE, 1, true)),
                    services.units().all());
            assertEquals(List.of(0L), services.database().read(c -> List.of(Jdbc.count(c, "SELECT COUNT(*) FROM plan_item"))));

            Plan plan = services.plans().get(1);

            assertEquals(new Plan(1L, "KH", 579, PlanStatus.ISSUED, "Lạng Sơn", new PlanDate(2026, 3, 20),
                    "Phát động phong trào thi đua năm 2026",
                    List.of(new DocumentRef("Kế hoạch", "134/KH-UBND", LocalDate.of(2025, 5, 15), "UBND tỉnh", "phát động thi đua")),
                    null, "Đoàn kết, đổi mới", List.of(), List.of(), List.of(), List.of(), List.of(),
                    Period.between(LocalDate.of(2026, 2, 10), LocalDate.of(2026, 5, 20)), MovementForm.CAMPAIGN,
                    List.of(), List.of(),
                    List.of(new AwardOffer(8, Awardee.INDIVIDUAL, null, List.of("Hoàn thành tốt nhiệm vụ"), Quota.percent("30"),
                            List.of("Ưu tiên nữ"))),
                    Quota.NONE, List.of(), LocalDate.of(2026, 5, 25), "Văn phòng Sở", List.of(), null, List.of(),
                    null), plan);
        }
    }

    private static Void fillVersion2(Connection c) throws SQLException {
        Jdbc.update(c, "INSERT INTO unit (name, short_name, unit_type, sort_order, active) VALUES (?, ?, ?, ?, ?)",
                "Phòng Hợp tác quốc tế - Văn phòng", "HTQT-VP", "ADMINISTRATIVE", 1, true);
        Jdbc.update(c, "INSERT INTO plan (doc_kind, doc_number, doc_year, place_name, issue_date, title, theme, movement_form, "
                + "period_from, period_to, dossier_deadline, dossier_destination, status, body_json) "
                + "VALUES ('KH', 579, 2026, 'Lạng Sơn', DATE '2026-03-20', 'Phát động phong trào thi đua năm 2026', "
                + "'Đoàn kết, đổi mới', 'CAMPAIGN', DATE '2026-02-10', DATE '2026-05-20', DATE '2026-05-25', 'Văn phòng Sở', "
                + "'ISSUED', '{}')");
        Jdbc.update(c, "INSERT INTO plan_basis (plan_id, sort_order, doc_kind, doc_number, doc_date, issuer, subject) "
                + "VALUES (1, 0, 'Kế hoạch', '134/KH-UBND', DATE '2025-05-15', 'UBND tỉnh', 'phát động thi đua')");
        Jdbc.update(c, "INSERT INTO plan_award_offer (plan_id, award_form_id, recipient, quota_percent, standards, priorities) "
                + "VALUES (1, 8, 'INDIVIDUAL', 30, 'Hoàn thành tốt nhiệm vụ', 'Ưu tiên nữ')");
        return null;
    }
}
