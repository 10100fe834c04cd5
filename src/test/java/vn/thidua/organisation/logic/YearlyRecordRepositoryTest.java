package vn.thidua.organisation.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.thidua.testsupport.StaffMemberBuilder.aStaffMember;
import static vn.thidua.testsupport.UnitBuilder.aUnit;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.Services;
import vn.thidua.audit.logic.AuditLog;
import vn.thidua.audit.model.AuditEntry;
import vn.thidua.audit.model.FieldChange;
import vn.thidua.common.audit.AuditAction;
import vn.thidua.common.audit.AuditEntity;
import vn.thidua.common.db.Jdbc;
import vn.thidua.common.i18n.UserException;
import vn.thidua.organisation.model.Discipline;
import vn.thidua.organisation.model.DisciplineForm;
import vn.thidua.organisation.model.Innovation;
import vn.thidua.organisation.model.InnovationLevel;
import vn.thidua.organisation.model.Rating;
import vn.thidua.organisation.model.StaffMember;
import vn.thidua.organisation.model.StaffYear;
import vn.thidua.organisation.model.Unit;
import vn.thidua.organisation.model.UnitYear;

class YearlyRecordRepositoryTest {

    @TempDir
    Path dir;

    private Services services;
    private YearlyRecordRepository records;
    private Unit office;
    private long mai;
    private long long_;
    private long hang;

    @BeforeEach
    void open() {
        services = Services.open(dir.resolve("data"));
        records = services.records();
        office = services.units().save(aUnit().named("Văn phòng").build());
        mai = services.staff().save(aStaffMember().named("Trịnh Tuyết Mai").inUnit(office).build()).id();
        long_ = services.staff().save(aStaffMember().named("Hoàng Văn Long").male().inUnit(office).build()).id();
        hang = services.staff().save(aStaffMember().named("Vi Thị Hằng").inUnit(office).build()).id();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void savingAUnitsYearWritesEveryPersonAndTheUnitTogether() {
        StaffYear maiYear = new StaffYear(mai, 2025, Rating.EXCELLENT, false, null, Set.of("LDTT", "CSTD_CS"));
        StaffYear longYear = new StaffYear(long_, 2025, Rating.GOOD, true, "Đang bị kiểm tra", Set.of());
        UnitYear officeYear = new UnitYear(office.id(), 2025, Rating.EXCELLENT, new BigDecimal("98.50"), "Dẫn đầu khối",
                Set.of("TT_LDXS"));

        records.saveYear(List.of(maiYear, longYear), officeYear);

        assertEquals(Map.of(mai, maiYear, long_, longYear), records.staffYears(2025), "Hằng has no record");
        assertEquals(Map.of(office.id(), officeYear), records.unitYears(2025));
        assertEquals(Map.of(), records.staffYears(2024));
    }

    @Test
    void aYearWithAnUnknownTitleIsNotWrittenAtAll() {
        StaffYear earlier = new StaffYear(mai, 2024, Rating.GOOD, false, null, Set.of("LDTT"));
        records.saveYear(List.of(earlier), null);

        UserException e = assertThrows(UserException.class, () -> records.saveYear(List.of(
                new StaffYear(mai, 2025, Rating.EXCELLENT, false, null, Set.of("LDTT")),
                new StaffYear(long_, 2025, Rating.GOOD, false, null, Set.of()),
                new StaffYear(hang, 2025, Rating.GOOD, false, null, Set.of("KHONG_CO"))),
                new UnitYear(office.id(), 2025, Rating.GOOD, null, null, Set.of("TT_LDTT"))));

        assertEquals("Không có danh hiệu mã \"KHONG_CO\" trong danh mục.", e.getMessage());
        assertEquals(Map.of(), records.staffYears(2025), "the people saved before the bad one are rolled back");
        assertEquals(Map.of(), records.unitYears(2025));
        assertEquals(Map.of(mai, earlier), records.staffYears(2024));
    }

    @Test
    void aBadUnitTitleRollsBackThePeopleSavedWithIt() {
        assertThrows(UserException.class, () -> records.saveYear(
                List.of(new StaffYear(mai, 2025, Rating.EXCELLENT, false, null, Set.of("LDTT"))),
                new UnitYear(office.id(), 2025, Rating.GOOD, null, null, Set.of("KHONG_CO"))));

        assertEquals(Map.of(), records.staffYears(2025));
        assertEquals(Map.of(), awards());
    }

    @Test
    void savingATableOfRecordsIsAllOrNothing() {
        assertThrows(UserException.class, () -> records.saveStaffYears(List.of(
                new StaffYear(mai, 2025, Rating.EXCELLENT, false, null, Set.of("LDTT")),
                new StaffYear(long_, 2025, Rating.GOOD, false, null, Set.of("KHONG_CO")))));

        assertEquals(Map.of(), records.staffYears(2025));
        assertEquals(Map.of(), awards());
    }

    @Test
    void savingAYearAgainReplacesTypedTitlesButKeepsTitlesFromDecisions() {
        records.saveYear(List.of(new StaffYear(mai, 2025, Rating.EXCELLENT, false, null, Set.of("LDTT", "CSTD_CS"))), null);
        services.database().inTransaction(c -> Jdbc.update(c, "INSERT INTO award (staff_id, award_form_id, award_year, origin, "
                + "decision_number) SELECT ?, id, 2025, 'DECISION', '15/QĐ-UBND' FROM award_form WHERE code = 'BK_TINH'", mai));

        StaffYear again = new StaffYear(mai, 2025, Rating.GOOD, false, "Sửa lại xếp loại", Set.of("LDTT"));
        records.saveYear(List.of(again), null);

        assertEquals(Map.of(mai, new StaffYear(mai, 2025, Rating.GOOD, false, "Sửa lại xếp loại", Set.of("LDTT", "BK_TINH"))),
                records.staffYears(2025));
        assertEquals(Map.of("2025 BK_TINH DECISION", 1L, "2025 LDTT RECORD", 1L), awards());
    }

    @Test
    void aPersonsHistoryListsEveryYearOldestFirstIncludingYearsKnownOnlyFromAwards() {
        services.database().inTransaction(c -> Jdbc.update(c, "INSERT INTO award (staff_id, award_form_id, award_year, origin) "
                + "SELECT ?, id, 2022, 'IMPORTED' FROM award_form WHERE code = 'GK_SO'", mai));
        StaffYear y2025 = new StaffYear(mai, 2025, Rating.EXCELLENT, false, null, Set.of("LDTT", "CSTD_CS"));
        StaffYear y2023 = new StaffYear(mai, 2023, Rating.GOOD, false, null, Set.of("LDTT"));
        StaffYear y2024 = new StaffYear(mai, 2024, Rating.COMPLETED, false, null, Set.of());
        records.saveStaffYears(List.of(y2025, y2023));
        records.saveStaffYears(List.of(y2024, new StaffYear(long_, 2024, Rating.GOOD, false, null, Set.of("LDTT"))));

        assertEquals(List.of(new StaffYear(mai, 2022, null, false, null, Set.of("GK_SO")), y2023, y2024, y2025),
                records.history(mai));
    }

    @Test
    void theLatestYearIsTheNewestYearWithAnyRecord() {
        assertEquals(Optional.empty(), records.latestYear());

        records.saveStaffYears(List.of(new StaffYear(mai, 2024, Rating.GOOD, false, null, Set.of()),
                new StaffYear(long_, 2023, Rating.GOOD, false, null, Set.of())));

        assertEquals(Optional.of(2024), records.latestYear());
    }

    @Test
    void innovationsAreListedByYearAndCanBeEditedAndRemoved() {
        Innovation later = records.saveInnovation(new Innovation(null, mai, 2025, "Bản tin đối ngoại điện tử hằng tháng",
                InnovationLevel.BASE, "88/QĐ-SNgV", LocalDate.of(2025, 12, 20)));
        Innovation earlier = records.saveInnovation(new Innovation(null, mai, 2024, "Sổ tay nghiệp vụ lễ tân đối ngoại",
                InnovationLevel.PROVINCE, null, null));
        records.saveInnovation(new Innovation(null, long_, 2025, "Cơ sở dữ liệu đối tác nước ngoài", InnovationLevel.BASE,
                null, null));

        assertEquals(List.of(earlier, later), records.innovations(mai));
        assertEquals(Map.of(mai, 1, long_, 1), records.innovationCounts(2025));

        Innovation edited = new Innovation(later.id(), mai, 2025, "Bản tin đối ngoại điện tử hằng quý", InnovationLevel.PROVINCE,
                "90/QĐ-SNgV", LocalDate.of(2025, 12, 22));
        records.saveInnovation(edited);
        records.deleteInnovation(earlier.id());

        assertEquals(List.of(edited), records.innovations(mai));
    }

    @Test
    void anInnovationWithoutATitleIsRefused() {
        UserException e = assertThrows(UserException.class, () -> records.saveInnovation(
                new Innovation(null, mai, 2025, " ", InnovationLevel.BASE, null, null)));

        assertEquals("Cần nhập tên sáng kiến.", e.getMessage());
        assertEquals(List.of(), records.innovations(mai));
    }

    @Test
    void aDisciplineCountsInEveryYearItTouches() {
        Discipline reprimand = records.saveDiscipline(new Discipline(null, mai, DisciplineForm.REPRIMAND,
                LocalDate.of(2024, 6, 15), LocalDate.of(2025, 6, 14), "45/QĐ-SNgV", "Vi phạm quy chế làm việc"));
        Discipline warning = records.saveDiscipline(new Discipline(null, long_, DisciplineForm.WARNING,
                LocalDate.of(2023, 2, 1), LocalDate.of(2023, 12, 31), "12/QĐ-SNgV", null));
        Discipline open = records.saveDiscipline(new Discipline(null, hang, DisciplineForm.SALARY_DOWNGRADE,
                LocalDate.of(2025, 11, 1), null, "70/QĐ-SNgV", null));

        assertEquals(Map.of(long_, List.of(warning)), records.disciplinesIn(2023));
        assertEquals(Map.of(mai, List.of(reprimand)), records.disciplinesIn(2024));
        assertEquals(Map.of(mai, List.of(reprimand), hang, List.of(open)), records.disciplinesIn(2025));
        assertEquals(Set.of(hang), records.disciplinedIn(2030), "an open end still runs");
        assertEquals(List.of(reprimand), records.disciplines(mai));
    }

    @Test
    void aDisciplineCanBeEditedAndRemoved() {
        Discipline saved = records.saveDiscipline(new Discipline(null, mai, DisciplineForm.REPRIMAND,
                LocalDate.of(2024, 6, 15), null, null, null));
        Discipline edited = new Discipline(saved.id(), mai, DisciplineForm.WARNING, LocalDate.of(2024, 7, 1),
                LocalDate.of(2024, 12, 31), "50/QĐ-SNgV", "Sửa theo quyết định mới");

        records.saveDiscipline(edited);
        assertEquals(List.of(edited), records.disciplines(mai));

        records.deleteDiscipline(saved.id());
        assertEquals(List.of(), records.disciplines(mai));
    }

    @Test
    void aDisciplineWithoutAStartOrEndingBeforeItStartsIsRefused() {
        UserException noStart = assertThrows(UserException.class, () -> records.saveDiscipline(
                new Discipline(null, mai, DisciplineForm.REPRIMAND, null, null, null, null)));
        UserException reversed = assertThrows(UserException.class, () -> records.saveDiscipline(
                new Discipline(null, mai, DisciplineForm.REPRIMAND, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 5, 31),
                        null, null)));

        assertEquals(List.of("Cần nhập ngày bắt đầu kỷ luật.", "Ngày kết thúc kỷ luật đứng trước ngày bắt đầu."),
                List.of(noStart.getMessage(), reversed.getMessage()));
        assertEquals(List.of(), records.disciplines(mai));
    }

    /** The award register as "year code origin" → count. */
    private Map<String, Long> awards() {
        return services.database().read(c -> {
            Map<String, Long> out = new java.util.TreeMap<>();
            for (var row : Jdbc.list(c, "SELECT a.award_year, f.code, a.origin, COUNT(*) FROM award a "
                    + "JOIN award_form f ON f.id = a.award_form_id GROUP BY a.award_year, f.code, a.origin",
                    rs -> Map.entry(rs.getInt(1) + " " + rs.getString(2) + " " + rs.getString(3), rs.getLong(4)))) {
                out.put(row.getKey(), row.getValue());
            }
            return out;
        });
    }

    @Test
    void aTitleADecisionGrantedIsNotCopiedIntoTheRegisterWhenTheYearIsSaved() {
        long cstd = services.catalogue().awardForms().stream().filter(f -> f.code().equals("CSTD_CS")).findFirst()
                .orElseThrow().id();
        services.database().inTransaction(c -> vn.thidua.common.db.Jdbc.update(c, "INSERT INTO award (staff_id, "
                + "award_form_id, award_year, origin, decision_number) VALUES (?, ?, 2025, 'DECISION', '02/QĐ-SNgV')",
                mai, cstd));
        StaffYear shown = records.staffYears(2025).get(mai);
        assertEquals(Set.of("CSTD_CS"), shown.titleCodes(), "the decision's title shows as held");

        records.saveStaffYears(List.of(new StaffYear(mai, 2025, Rating.EXCELLENT, false, null, Set.of("CSTD_CS", "LDTT"))));
        records.saveStaffYears(List.of(new StaffYear(mai, 2025, Rating.EXCELLENT, false, null, Set.of("CSTD_CS", "LDTT"))));

        List<String> rows = services.database().read(c -> vn.thidua.common.db.Jdbc.list(c, "SELECT f.code || ' ' || a.origin "
                + "FROM award a JOIN award_form f ON f.id = a.award_form_id WHERE a.staff_id = ? ORDER BY f.code", rs ->
                rs.getString(1), mai));
        assertEquals(List.of("CSTD_CS DECISION", "LDTT RECORD"), rows);
    }

    @Test
    void everyChangedRecordOfTheYearIsLoggedWithBeforeAndAfterAndAnUnchangedOneIsNot() {
        records.saveYear(List.of(new StaffYear(mai, 2025, Rating.GOOD, false, null, Set.of("LDTT")),
                new StaffYear(long_, 2025, Rating.GOOD, false, null, Set.of())), null);
        records.saveStaffYears(List.of(new StaffYear(mai, 2025, Rating.EXCELLENT, false, "Dẫn đầu", Set.of("LDTT", "CSTD_CS")),
                new StaffYear(long_, 2025, Rating.GOOD, false, null, Set.of())));

        List<AuditEntry> mais = services.auditLog().of(AuditEntity.STAFF_YEAR, mai);
        assertEquals(List.of(AuditAction.CREATE, AuditAction.UPDATE), mais.stream().map(AuditEntry::action).toList());
        assertEquals("Trịnh Tuyết Mai (2025)", mais.get(1).summary());
        assertEquals(List.of(new FieldChange("staffId", String.valueOf(mai), String.valueOf(mai)),
                new FieldChange("year", "2025", "2025"), new FieldChange("rating", "GOOD", "EXCELLENT"),
                new FieldChange("pendingInspection", "false", "false"), new FieldChange("note", "", "Dẫn đầu"),
                new FieldChange("titleCodes", "[\"LDTT\"]", "[\"CSTD_CS\",\"LDTT\"]")),
                AuditLog.changes(mais.get(1)));
        assertEquals(1, services.auditLog().of(AuditEntity.STAFF_YEAR, long_).size(), "saved again unchanged: not logged");
    }

    @Test
    void aUnitsYearAnInnovationAndADisciplineAreLoggedDeletionsIncluded() {
        records.saveUnitYear(new UnitYear(office.id(), 2025, Rating.GOOD, null, null, Set.of()));
        records.saveUnitYear(new UnitYear(office.id(), 2025, Rating.EXCELLENT, null, null, Set.of("TT_LDXS")));
        Innovation idea = records.saveInnovation(new Innovation(null, hang, 2025, "Số hóa hồ sơ", InnovationLevel.BASE,
                null, null));
        records.saveInnovation(new Innovation(idea.id(), hang, 2025, "Số hóa hồ sơ khen thưởng", InnovationLevel.BASE,
                "12/QĐ-SNgV", null));
        records.deleteInnovation(idea.id());
        Discipline reprimand = records.saveDiscipline(new Discipline(null, long_, DisciplineForm.REPRIMAND,
                LocalDate.of(2025, 3, 1), LocalDate.of(2026, 2, 28), "7/QĐ-SNgV", null));
        records.deleteDiscipline(reprimand.id());

        List<AuditEntry> unit = services.auditLog().of(AuditEntity.UNIT_YEAR, office.id());
        assertEquals(List.of(AuditAction.CREATE, AuditAction.UPDATE), unit.stream().map(AuditEntry::action).toList());
        assertEquals("Văn phòng (2025)", unit.get(1).summary());
        List<AuditEntry> idea2 = services.auditLog().of(AuditEntity.INNOVATION, idea.id());
        assertEquals(List.of(AuditAction.CREATE, AuditAction.UPDATE, AuditAction.DELETE),
                idea2.stream().map(AuditEntry::action).toList());
        assertEquals("Vi Thị Hằng: Số hóa hồ sơ khen thưởng", idea2.get(2).summary());
        assertEquals(null, idea2.get(2).afterJson());
        List<AuditEntry> discipline = services.auditLog().of(AuditEntity.DISCIPLINE, reprimand.id());
        assertEquals(List.of(AuditAction.CREATE, AuditAction.DELETE), discipline.stream().map(AuditEntry::action).toList());
        assertEquals("Hoàng Văn Long", discipline.get(0).summary());
    }

    @Test
    void theDemoOfficesRecordsAreNoOnesChange() {
        Path other = dir.resolve("demo");
        try (Services demo = Services.open(other)) {
            vn.thidua.app.Demo.fill(demo.database(), LocalDate.of(2026, 11, 23));
            for (AuditEntity kind : List.of(AuditEntity.STAFF_YEAR, AuditEntity.UNIT_YEAR, AuditEntity.INNOVATION,
                    AuditEntity.DISCIPLINE)) {
                assertEquals(List.of(), demo.auditLog().between(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1), kind),
                        kind.name());
            }
        }
    }
}
