package vn.thidua.organisation.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.thidua.testsupport.StaffMemberBuilder.aStaffMember;
import static vn.thidua.testsupport.UnitBuilder.aUnit;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.Services;
import vn.thidua.common.i18n.UserException;
import vn.thidua.organisation.model.StaffKind;
import vn.thidua.organisation.model.StaffMember;
import vn.thidua.organisation.model.Unit;
import vn.thidua.organisation.model.UnitType;
import vn.thidua.testsupport.StaffMemberBuilder;

class StaffRepositoryTest {

    @TempDir
    Path dir;

    private Services services;
    private StaffRepository staff;
    private Unit office;

    @BeforeEach
    void open() {
        services = Services.open(dir.resolve("data"));
        staff = services.staff();
        office = services.units().save(aUnit().named("Văn phòng").build());
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void newPeopleGetTheNextStaffCodeInTurn() {
        List<String> codes = List.of("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường").stream()
                .map(name -> staff.save(aStaffMember().named(name).inUnit(office).build()).code()).toList();

        assertEquals(List.of("CB0001", "CB0002", "CB0003"), codes);
    }

    @Test
    void aCodeTheClerkGivesIsKeptAndNumberingContinuesAfterTheHighest() {
        staff.save(aStaffMember().named("Nguyễn Văn An").withCode("CB0041").inUnit(office).build());
        StaffMember otherScheme = staff.save(aStaffMember().named("Trần Thị Bình").withCode("HĐ-0900").inUnit(office).build());
        StaffMember next = staff.save(aStaffMember().named("Lê Văn Cường").inUnit(office).build());

        assertEquals("HĐ-0900", otherScheme.code());
        assertEquals("CB0042", next.code());
    }

    @Test
    void aSavedPersonReadsBackWhole() {
        StaffMember typed = aStaffMember().named("Hoàng Văn Long").male().born(1977, 1, 25).leading("Phó Giám đốc")
                .inUnit(office).ofKind(StaffKind.CIVIL_SERVANT).working(LocalDate.of(2001, 9, 1), null)
                .withHometown("Cao Lộc, Lạng Sơn").livingIn("Phường Lương Văn Tri, Lạng Sơn").qualified("Thạc sĩ Quan hệ quốc tế")
                .withAcademicTitle("Thạc sĩ").withNote("Phụ trách công tác thi đua").build();

        StaffMember saved = staff.save(typed);

        assertEquals(StaffMemberBuilder.from(typed).withId(saved.id()).withCode("CB0001").build(), saved);
        assertEquals(Optional.of(saved), staff.find(saved.id()));
    }

    @Test
    void editingAPersonChangesTheirRecordButNotTheirCode() {
        Unit consular = services.units().save(aUnit().named("Phòng Lãnh sự").build());
        StaffMember saved = staff.save(aStaffMember().named("Vi Thị Hằng").inUnit(office).build());

        StaffMember edited = StaffMemberBuilder.from(saved).withCode("CB9999").leading("Phó Trưởng phòng").inUnit(consular)
                .working(LocalDate.of(2015, 9, 1), LocalDate.of(2026, 3, 31)).withNote("Nghỉ hưu").build();
        staff.save(edited);

        assertEquals(Optional.of(StaffMemberBuilder.from(edited).withCode("CB0001").build()), staff.find(saved.id()));
        assertEquals(1, staff.all().size(), "an edit adds nobody");
    }

    @Test
    void textTypedDecomposedIsStoredComposedAndTrimmed() {
        StaffMember saved = staff.save(aStaffMember().named(nfd("  Đặng  Thị Ánh Tuyết ")).as(nfd("Chuyên viên chính"))
                .inUnit(office).withHometown(nfd("Lộc Bình, Lạng Sơn")).livingIn(" ").qualified(nfd("Đại học Luật"))
                .withNote(nfd("Đã chuyển công tác")).build());

        StaffMember expected = aStaffMember().withId(saved.id()).withCode("CB0001").named("Đặng Thị Ánh Tuyết")
                .as("Chuyên viên chính").inUnit(office).withHometown("Lộc Bình, Lạng Sơn").livingIn(null)
                .qualified("Đại học Luật").withNote("Đã chuyển công tác").build();
        assertEquals(expected, saved);
        assertEquals(Optional.of(expected), staff.find(saved.id()));
    }

    @Test
    void anInvalidPersonIsRefusedWithEveryReasonAndNothingIsWritten() {
        UserException e = assertThrows(UserException.class,
                () -> staff.save(aStaffMember().named("Hoa").inUnit((Long) null).build()));

        assertEquals("Họ và tên cần có ít nhất hai chữ (họ và tên).; Cần chọn đơn vị.", e.getMessage());
        assertEquals(List.of(), staff.all());
    }

    @Test
    void everyoneIsListedByUnitThenHeadsThenDeputiesThenByGivenName() {
        Unit leadership = services.units().save(aUnit().named("Ban Giám đốc").ofType(UnitType.LEADERSHIP).build());
        services.units().move(leadership.id(), -1);
        StaffMember clerkDat = staff.save(aStaffMember().named("Trần Văn Đạt").male().inUnit(office).build());
        StaffMember clerkDung = staff.save(aStaffMember().named("Nguyễn Văn Dũng").male().inUnit(office).build());
        StaffMember deputy = staff.save(aStaffMember().named("Lê Thị Yến").leading("Phó Chánh Văn phòng").inUnit(office).build());
        StaffMember head = staff.save(aStaffMember().named("Bế Văn Tùng").male().leading("Chánh Văn phòng").inUnit(office).build());
        StaffMember clerkAnh = staff.save(aStaffMember().named("Vũ Thị Ánh").inUnit(office)
                .working(LocalDate.of(2010, 1, 1), LocalDate.of(2024, 12, 31)).build());
        StaffMember deputyDirector = staff.save(aStaffMember().named("Tô Thị Trang").leading("Phó Giám đốc").inUnit(leadership)
                .build());
        StaffMember director = staff.save(aStaffMember().named("Trịnh Tuyết Mai").leading("Giám đốc").inUnit(leadership).build());

        assertEquals(List.of(director, deputyDirector, head, deputy, clerkAnh, clerkDung, clerkDat), staff.all(),
                "Ánh has left but is still listed; Dũng before Đạt (d < đ)");
    }

    @Test
    void twoPeopleOfTheSameNameAreBothKeptInCodeOrder() {
        StaffMember first = staff.save(aStaffMember().named("Nguyễn Thị Lan").born(1990, 1, 1).inUnit(office).build());
        StaffMember second = staff.save(aStaffMember().named("Nguyễn Thị Lan").born(1985, 6, 30).inUnit(office).build());

        assertEquals(List.of("CB0001", "CB0002"), List.of(first.code(), second.code()));
        assertEquals(List.of(first, second), staff.all());
    }

    private static String nfd(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD);
    }
}
