package vn.thidua.common.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static vn.thidua.testsupport.StaffMemberBuilder.aStaffMember;
import static vn.thidua.testsupport.UnitBuilder.aUnit;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.Services;
import vn.thidua.catalogue.model.AwardCategory;
import vn.thidua.catalogue.model.AwardForm;
import vn.thidua.catalogue.model.BaseSalary;
import vn.thidua.catalogue.model.LegalBasis;
import vn.thidua.organisation.model.Agency;
import vn.thidua.organisation.model.CouncilMember;
import vn.thidua.organisation.model.CouncilRole;
import vn.thidua.organisation.model.Discipline;
import vn.thidua.organisation.model.DisciplineForm;
import vn.thidua.organisation.model.Innovation;
import vn.thidua.organisation.model.InnovationLevel;
import vn.thidua.organisation.model.Rating;
import vn.thidua.organisation.model.Signer;
import vn.thidua.organisation.model.SignerRole;
import vn.thidua.organisation.model.StaffKind;
import vn.thidua.organisation.model.StaffMember;
import vn.thidua.organisation.model.StaffYear;
import vn.thidua.organisation.model.Unit;
import vn.thidua.organisation.model.UnitType;
import vn.thidua.organisation.model.UnitYear;

/** A data folder made by an older version opens in the new one with its data intact. */
class MigrationTest {

    @TempDir
    Path dir;

    @Test
    void aDatabaseMadeByVersion1IsUpgradedToTheLatestVersionWithItsDataIntact() throws SQLException {
        Path data = dir.resolve("data");
        try (DataFolder folder = DataFolder.open(data); Database v1 = Database.open(folder, "1")) {
            assertEquals(MigrationVersion.fromVersion("1"), info(v1).current().getVersion(), "only V1 applied");
            v1.inTransaction(MigrationTest::fillVersion1);
        }

        try (Services services = Services.open(data)) {
            MigrationInfoService info = info(services.database());
            assertEquals(List.of(), Arrays.asList(info.pending()), "nothing left to apply");
            assertEquals(latestVersion(info), info.current().getVersion());
            assertFalse(info.current().getVersion().equals(MigrationVersion.fromVersion("1")), "upgraded past V1");

            assertEquals(Optional.of(new Agency("UBND tỉnh Lạng Sơn", "Sở Ngoại vụ", "SNgV", "Lạng Sơn",
                    "Số 2 đường Hoàng Văn Thụ", "0205 3812 345", null)), services.agency().agency());
            assertEquals(List.of(new Signer(1L, "Trịnh Tuyết Mai", SignerRole.DIRECTOR, 1, true),
                    new Signer(2L, "Tô Thị Trang", SignerRole.DEPUTY_DIRECTOR, 2, true)), services.agency().signers());
            assertEquals(List.of(new CouncilMember(1L, "Trịnh Tuyết Mai", CouncilRole.CHAIR, "Giám đốc Sở", 1, true)),
                    services.agency().councilMembers());

            Unit leadership = new Unit(1L, "Ban Giám đốc", "BGĐ", UnitType.LEADERSHIP, 1, true);
            Unit cooperation = new Unit(2L, "Phòng Hợp tác quốc tế - Văn phòng", "HTQT-VP", UnitType.ADMINISTRATIVE, 2, true);
            Unit closed = new Unit(3L, "Phòng Lãnh sự", null, UnitType.ADMINISTRATIVE, 3, false);
            assertEquals(List.of(leadership, cooperation, closed), services.units().all());

            StaffMember director = aStaffMember().withId(1).withCode("CB0001").named("Trịnh Tuyết Mai")
                    .born(1975, 4, 12).leading("Giám đốc").inUnit(leadership).working(LocalDate.of(1999, 9, 1), null)
                    .build();
            StaffMember clerk = aStaffMember().withId(2).withCode("CB0002").named("Hoàng Văn Long").male()
                    .born(1988, 1, 25).as("Chuyên viên").inUnit(cooperation).working(LocalDate.of(2012, 3, 1), null)
                    .withAcademicTitle("Thạc sĩ").withNote("Phụ trách thi đua").build();
            StaffMember retired = aStaffMember().withId(3).withCode("CB0003").named("Lăng Thị Ánh")
                    .born(1966, 11, 3).as("Nhân viên").inUnit(cooperation).ofKind(StaffKind.WORKER)
                    .working(LocalDate.of(1990, 1, 1), LocalDate.of(2024, 12, 31)).qualified("Trung cấp").build();
            assertEquals(List.of(director, retired, clerk), services.staff().all(), "official order: leader, then Ánh before Long");

            assertEquals(Map.of(
                    1L, new StaffYear(1, 2024, Rating.EXCELLENT, false, null, Set.of("LDTT", "CSTD_CS")),
                    2L, new StaffYear(2, 2024, Rating.GOOD, true, "Đang kiểm tra hồ sơ", Set.of())),
                    services.records().staffYears(2024));
            assertEquals(Map.of(2L, new UnitYear(2, 2024, Rating.EXCELLENT, new BigDecimal("100.00"), null, Set.of("TT_LDXS"))),
                    services.records().unitYears(2024));
            assertEquals(List.of(new Innovation(1L, 1, 2024, "Số hóa hồ sơ đoàn ra, đoàn vào", InnovationLevel.BASE,
                    "12/QĐ-SNgV", LocalDate.of(2024, 12, 15))), services.records().innovations(1));
            assertEquals(List.of(new Discipline(1L, 2, DisciplineForm.REPRIMAND, LocalDate.of(2024, 6, 15),
                    LocalDate.of(2025, 6, 14), "45/QĐ-SNgV", "Vi phạm quy chế làm việc")), services.records().disciplines(2));
            assertEquals(Optional.of(2024), services.records().latestYear());
            assertEquals(List.of(new BaseSalary(1L, LocalDate.of(2023, 7, 1), 1_800_000, "Nghị định 24/2023/NĐ-CP"),
                    new BaseSalary(2L, LocalDate.of(2024, 7, 1), 2_340_000, "Nghị định 73/2024/NĐ-CP"),
                    new BaseSalary(3L, LocalDate.of(2026, 7, 1), 2_530_000, "Chưa chính thức")),
                    services.catalogue().baseSalaries(), "the clerk's own row survives the upgrade");

            Unit added = services.units().save(aUnit().named("Trung tâm Thông tin").ofType(UnitType.PUBLIC_SERVICE).build());
            assertEquals(new Unit(4L, "Trung tâm Thông tin", null, UnitType.PUBLIC_SERVICE, 4, true), added,
                    "new rows continue the old numbering");
            StaffMember newcomer = services.staff().save(aStaffMember().named("Vi Thị Hằng").inUnit(cooperation).build());
            assertEquals("CB0004", newcomer.code());
        }
    }

    @Test
    void aFreshFolderGetsTheLatestSchemaAndTheDefaultCatalogue() {
        try (Services services = Services.open(dir.resolve("fresh"))) {
            MigrationInfoService info = info(services.database());
            assertEquals(List.of(), Arrays.asList(info.pending()));
            assertEquals(latestVersion(info), info.current().getVersion());

            assertEquals(List.of(
                    new LegalBasis(1L, "98/2023/NĐ-CP", "Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ quy định "
                            + "chi tiết thi hành một số điều của Luật Thi đua, khen thưởng", LocalDate.of(2023, 12, 31),
                            LocalDate.of(2024, 1, 1), LocalDate.of(2025, 6, 30)),
                    new LegalBasis(2L, "152/2025/NĐ-CP", "Nghị định số 152/2025/NĐ-CP ngày 14/6/2025 của Chính phủ quy định "
                            + "chi tiết một số điều của Luật Thi đua, khen thưởng", LocalDate.of(2025, 6, 14),
                            LocalDate.of(2025, 7, 1), null)),
                    services.catalogue().legalBases());
            assertEquals(List.of(
                    form(1, "LDTT", "Lao động tiên tiến", "LĐTT", AwardCategory.TITLE, true, false, "Giám đốc Sở"),
                    form(2, "CSTD_CS", "Chiến sĩ thi đua cơ sở", "CSTĐ cơ sở", AwardCategory.TITLE, true, false, "Giám đốc Sở"),
                    form(3, "CSTD_TINH", "Chiến sĩ thi đua cấp tỉnh", "CSTĐ tỉnh", AwardCategory.TITLE, true, false,
                            "Chủ tịch UBND tỉnh"),
                    form(4, "TT_LDTT", "Tập thể lao động tiên tiến", "TT LĐTT", AwardCategory.TITLE, false, true, "Giám đốc Sở"),
                    form(5, "TT_LDXS", "Tập thể lao động xuất sắc", "TT LĐXS", AwardCategory.TITLE, false, true,
                            "Chủ tịch UBND tỉnh"),
                    form(6, "CO_TD_TINH", "Cờ thi đua của Ủy ban nhân dân tỉnh", "Cờ thi đua tỉnh", AwardCategory.TITLE,
                            false, true, "Chủ tịch UBND tỉnh"),
                    form(7, "BK_TINH", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", "Bằng khen tỉnh", AwardCategory.AWARD,
                            true, true, "Chủ tịch UBND tỉnh"),
                    form(8, "GK_SO", "Giấy khen của Giám đốc Sở", "Giấy khen", AwardCategory.AWARD, true, true, "Giám đốc Sở")),
                    services.catalogue().awardForms());
            assertEquals(List.of(new BaseSalary(1L, LocalDate.of(2023, 7, 1), 1_800_000, "Nghị định 24/2023/NĐ-CP"),
                    new BaseSalary(2L, LocalDate.of(2024, 7, 1), 2_340_000, "Nghị định 73/2024/NĐ-CP")),
                    services.catalogue().baseSalaries());
            assertEquals(8, services.catalogue().rules(1).size(), "every form has a rule under 98/2023");
            assertEquals(new BigDecimal("1.50"), services.catalogue().rule(7, 2).orElseThrow().individualCoefficient(),
                    "Bằng khen under 152/2025");
            assertEquals(List.of(), services.units().all());
            assertEquals(Optional.empty(), services.agency().agency());
        }
    }

    private static AwardForm form(long id, String code, String name, String shortName, AwardCategory category,
                                  boolean individual, boolean collective, String issuer) {
        return new AwardForm(id, code, name, shortName, category, individual, collective, issuer, (int) id, true);
    }

    private static MigrationInfoService info(Database db) {
        return Flyway.configure().dataSource(db.dataSource()).locations(Database.MIGRATIONS).load().info();
    }

    /** The newest migration the program ships, so the test keeps working when V3 arrives. */
    private static MigrationVersion latestVersion(MigrationInfoService info) {
        return Arrays.stream(info.all()).map(MigrationInfo::getVersion).max(Comparator.naturalOrder()).orElseThrow();
    }

    /** What a clerk had typed into version 1: the office, units, people, a year of records. Plain SQL, as V1 knew it. */
    private static Void fillVersion1(Connection c) throws SQLException {
        Jdbc.update(c, "INSERT INTO agency (id, parent_agency, name, short_code, place_name, address, phone) "
                + "VALUES (1, 'UBND tỉnh Lạng Sơn', 'Sở Ngoại vụ', 'SNgV', 'Lạng Sơn', 'Số 2 đường Hoàng Văn Thụ', '0205 3812 345')");
        Jdbc.update(c, "INSERT INTO signer (full_name, role, sort_order) VALUES ('Trịnh Tuyết Mai', 'DIRECTOR', 1), "
                + "('Tô Thị Trang', 'DEPUTY_DIRECTOR', 2)");
        Jdbc.update(c, "INSERT INTO unit (name, short_name, unit_type, sort_order) VALUES ('Ban Giám đốc', 'BGĐ', 'LEADERSHIP', 1), "
                + "('Phòng Hợp tác quốc tế - Văn phòng', 'HTQT-VP', 'ADMINISTRATIVE', 2)");
        Jdbc.update(c, "INSERT INTO unit (name, unit_type, sort_order, active) VALUES ('Phòng Lãnh sự', 'ADMINISTRATIVE', 3, FALSE)");
        Jdbc.update(c, "INSERT INTO staff (code, full_name, gender, birth_date, position, unit_id, kind, leader, start_date, "
                + "hometown, residence, qualification) VALUES ('CB0001', 'Trịnh Tuyết Mai', 'FEMALE', DATE '1975-04-12', "
                + "'Giám đốc', 1, 'CIVIL_SERVANT', TRUE, DATE '1999-09-01', 'Lạng Sơn', 'Lạng Sơn', 'Đại học')");
        Jdbc.update(c, "INSERT INTO staff (code, full_name, gender, birth_date, position, unit_id, kind, start_date, "
                + "hometown, residence, qualification, academic_title, note) VALUES ('CB0002', 'Hoàng Văn Long', 'MALE', "
                + "DATE '1988-01-25', 'Chuyên viên', 2, 'CIVIL_SERVANT', DATE '2012-03-01', 'Lạng Sơn', 'Lạng Sơn', "
                + "'Đại học', 'Thạc sĩ', 'Phụ trách thi đua')");
        Jdbc.update(c, "INSERT INTO staff (code, full_name, gender, birth_date, position, unit_id, kind, start_date, end_date, "
                + "hometown, residence, qualification) VALUES ('CB0003', 'Lăng Thị Ánh', 'FEMALE', DATE '1966-11-03', "
                + "'Nhân viên', 2, 'WORKER', DATE '1990-01-01', DATE '2024-12-31', 'Lạng Sơn', 'Lạng Sơn', 'Trung cấp')");
        Jdbc.update(c, "INSERT INTO council_member (full_name, council_role, position, staff_id, sort_order) "
                + "VALUES ('Trịnh Tuyết Mai', 'CHAIR', 'Giám đốc Sở', 1, 1)");
        Jdbc.update(c, "INSERT INTO staff_year (staff_id, record_year, rating) VALUES (1, 2024, 'EXCELLENT')");
        Jdbc.update(c, "INSERT INTO staff_year (staff_id, record_year, rating, pending_inspection, note) "
                + "VALUES (2, 2024, 'GOOD', TRUE, 'Đang kiểm tra hồ sơ')");
        Jdbc.update(c, "INSERT INTO unit_year (unit_id, record_year, rating, task_completion) VALUES (2, 2024, 'EXCELLENT', 100)");
        Jdbc.update(c, "INSERT INTO award (staff_id, award_form_id, award_year, origin) "
                + "SELECT 1, id, 2024, 'RECORD' FROM award_form WHERE code IN ('LDTT', 'CSTD_CS')");
        Jdbc.update(c, "INSERT INTO award (unit_id, award_form_id, award_year, origin) "
                + "SELECT 2, id, 2024, 'RECORD' FROM award_form WHERE code = 'TT_LDXS'");
        Jdbc.update(c, "INSERT INTO innovation (staff_id, record_year, title, level, decision_number, decision_date) "
                + "VALUES (1, 2024, 'Số hóa hồ sơ đoàn ra, đoàn vào', 'BASE', '12/QĐ-SNgV', DATE '2024-12-15')");
        Jdbc.update(c, "INSERT INTO discipline (staff_id, form, from_date, to_date, decision_number, reason) "
                + "VALUES (2, 'REPRIMAND', DATE '2024-06-15', DATE '2025-06-14', '45/QĐ-SNgV', 'Vi phạm quy chế làm việc')");
        Jdbc.update(c, "INSERT INTO base_salary (effective_from, amount, note) VALUES (DATE '2026-07-01', 2530000, 'Chưa chính thức')");
        return null;
    }
}
