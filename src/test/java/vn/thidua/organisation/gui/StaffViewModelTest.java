package vn.thidua.organisation.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.organisation.gui.TestOffice.aStaffMember;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.common.i18n.Messages;
import vn.thidua.organisation.model.StaffKind;
import vn.thidua.organisation.model.StaffMember;
import vn.thidua.organisation.model.Unit;
import vn.thidua.organisation.model.UnitType;
import vn.thidua.testsupport.RecordingDialogs;

class StaffViewModelTest {

    @TempDir
    Path folder;

    private TestOffice office;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private StaffViewModel model;
    private Unit general;
    private Unit consular;
    private Unit centre;

    @BeforeEach
    void setUp() {
        office = new TestOffice(folder);
        general = office.unit("Phòng Tổng hợp");
        consular = office.unit("Phòng Lãnh sự");
        centre = office.unit("Trung tâm Dịch vụ", UnitType.PUBLIC_SERVICE);
        office.save(aStaffMember("Nguyễn Thị Giang").inUnit(general));
        office.save(aStaffMember("Trần Văn Đạt").male().inUnit(general));
        office.save(aStaffMember("Phạm Văn Cường").male().inUnit(general).leading("Phó Trưởng phòng"));
        office.save(aStaffMember("Nguyễn Văn Nam").male().inUnit(general).ofKind(StaffKind.WORKER).as("Nhân viên"));
        office.save(aStaffMember("Hoàng Thị Dung").inUnit(general).leading("Trưởng phòng"));
        office.save(aStaffMember("Lê Thị Mai").inUnit(consular));
        office.save(aStaffMember("Nguyễn Thị Lan").inUnit(consular));
        office.save(aStaffMember("Đặng Thị Hoa").inUnit(consular));
        office.save(aStaffMember("Vũ Đăng Khoa").male().inUnit(centre).ofKind(StaffKind.PUBLIC_EMPLOYEE).as("Viên chức"));
        office.save(aStaffMember("Nguyễn Thị Ánh").inUnit(centre).ofKind(StaffKind.PUBLIC_EMPLOYEE).as("Viên chức"));
        model = newModel();
        model.load();
    }

    @AfterEach
    void tearDown() {
        office.close();
    }

    private StaffViewModel newModel() {
        return new StaffViewModel(office.services.staff(), office.services.units(), office.services.agency(),
                office.services.database(), office.executor, dialogs, TestOffice.CLOCK);
    }

    @Test
    void listsStaffInTheOfficialOrderUnitsThenLeadersThenByGivenName() {
        assertEquals(List.of(
                "Hoàng Thị Dung", "Phạm Văn Cường", "Trần Văn Đạt", "Nguyễn Thị Giang", "Nguyễn Văn Nam",
                "Đặng Thị Hoa", "Nguyễn Thị Lan", "Lê Thị Mai",
                "Nguyễn Thị Ánh", "Vũ Đăng Khoa"), visibleNames());
    }

    @Test
    void searchWithoutAccentsFindsVietnameseNames() {
        model.searchProperty().set("nguyen thi");
        assertEquals(List.of("Nguyễn Thị Giang", "Nguyễn Thị Lan", "Nguyễn Thị Ánh"), visibleNames());

        model.searchProperty().set("dang");
        assertEquals(List.of("Đặng Thị Hoa", "Vũ Đăng Khoa"), visibleNames());

        model.searchProperty().set("  NGUYỄN   thị  lan ");
        assertEquals(List.of("Nguyễn Thị Lan"), visibleNames());

        model.searchProperty().set("");
        assertEquals(10, visibleNames().size());
    }

    @Test
    void unitAndKindFiltersCombineWithTheSearch() {
        model.searchProperty().set("nguyen");
        model.unitFilterProperty().set(general);
        assertEquals(List.of("Nguyễn Thị Giang", "Nguyễn Văn Nam"), visibleNames());

        model.kindFilterProperty().set(StaffKind.WORKER);
        assertEquals(List.of("Nguyễn Văn Nam"), visibleNames());

        model.searchProperty().set("");
        model.unitFilterProperty().set(null);
        model.kindFilterProperty().set(StaffKind.PUBLIC_EMPLOYEE);
        assertEquals(List.of("Nguyễn Thị Ánh", "Vũ Đăng Khoa"), visibleNames());
    }

    @Test
    void unitFilterOffersAllUnitsFirstThenTheUnitsInOrder() {
        assertEquals(Arrays.asList(null, general, consular, centre), model.unitFilterOptions());
    }

    @Test
    void countLabelSaysHowManyAreShownOfHowMany() {
        assertEquals("Hiển thị 10 / 10 người", model.countTextProperty().get());
        model.searchProperty().set("nguyen thi");
        assertEquals("Hiển thị 3 / 10 người", model.countTextProperty().get());
        model.searchProperty().set("không có ai");
        assertEquals("Hiển thị 0 / 10 người", model.countTextProperty().get());
    }

    @Test
    void theEditorEditsACopyAndCancelDropsTheChange() {
        StaffMember lan = row("Nguyễn Thị Lan").member();
        model.selectedProperty().set(row("Nguyễn Thị Lan"));
        StaffEditorViewModel editor = model.editor();
        assertTrue(editor.editingProperty().get());
        assertEquals("Nguyễn Thị Lan", editor.fullNameProperty().get());

        editor.fullNameProperty().set("Nguyễn Thị Lan Anh");
        editor.positionProperty().set("Chuyên viên chính");
        assertTrue(editor.hasUnsavedChanges());
        assertEquals(lan, row("Nguyễn Thị Lan").member(), "the list keeps the stored person while editing");

        editor.cancelCommand().execute();

        assertFalse(editor.editingProperty().get());
        assertFalse(editor.hasUnsavedChanges());
        assertEquals(lan, office.services.staff().find(lan.id()).orElseThrow());
        assertTrue(dialogs.errors.isEmpty(), () -> dialogs.errors.toString());
    }

    @Test
    void saveCommitsTheChangeInTheDatabaseAndTheListInItsNewPlace() {
        StaffMember lan = row("Nguyễn Thị Lan").member();
        model.selectedProperty().set(row("Nguyễn Thị Lan"));
        StaffEditorViewModel editor = model.editor();
        editor.fullNameProperty().set("Nguyễn  Thị Lan Anh ");
        editor.positionProperty().set("Chuyên viên chính");

        editor.saveCommand().execute();

        assertTrue(dialogs.errors.isEmpty(), () -> dialogs.errors.toString());
        StaffMember stored = office.services.staff().find(lan.id()).orElseThrow();
        assertEquals("Nguyễn Thị Lan Anh", stored.fullName());
        assertEquals("Chuyên viên chính", stored.position());
        assertEquals(lan.code(), stored.code());
        assertEquals(List.of("Nguyễn Thị Lan Anh", "Đặng Thị Hoa", "Lê Thị Mai"),
                visibleNames().subList(5, 8), "given name Anh now comes first in the unit");
        assertEquals(stored, model.selectedProperty().get().member(), "the saved person stays selected");
        assertFalse(editor.hasUnsavedChanges());
    }

    @Test
    void aNewPersonGetsTheNextCodeAndTheFilteredUnit() {
        model.unitFilterProperty().set(consular);
        model.addCommand().execute();
        StaffEditorViewModel editor = model.editor();
        assertEquals(consular, editor.unitProperty().get());
        assertEquals(Messages.get("staff.editor.new"), editor.headingProperty().get());

        editor.fullNameProperty().set("Lò Thị Én");
        editor.saveCommand().execute();

        StaffMember saved = model.selectedProperty().get().member();
        assertEquals("CB0011", saved.code());
        assertEquals(consular.id(), saved.unitId());
        assertEquals(11, office.services.staff().all().size());
        assertEquals("Hiển thị 4 / 11 người", model.countTextProperty().get());
    }

    @Test
    void saveIsDisabledWhileNameIsEmpty() {
        model.unitFilterProperty().set(general);
        model.addCommand().execute();
        StaffEditorViewModel editor = model.editor();

        assertEquals(Messages.get("staff.error.nameRequired"), editor.fullNameErrorProperty().get());
        assertFalse(editor.saveCommand().isExecutable());

        editor.fullNameProperty().set("   ");
        assertFalse(editor.saveCommand().isExecutable());

        editor.fullNameProperty().set("Hoa");
        assertEquals(Messages.get("staff.error.nameOneWord"), editor.fullNameErrorProperty().get());
        assertFalse(editor.saveCommand().isExecutable());

        editor.fullNameProperty().set("Lò Thị Hoa");
        assertNull(editor.fullNameErrorProperty().get());
        assertTrue(editor.saveCommand().isExecutable());
    }

    @Test
    void aNewPersonNeedsAUnit() {
        model.addCommand().execute();
        StaffEditorViewModel editor = model.editor();
        editor.fullNameProperty().set("Lò Thị Hoa");

        assertEquals(Messages.get("staff.error.unitRequired"), editor.unitErrorProperty().get());
        assertFalse(editor.saveCommand().isExecutable());

        editor.unitProperty().set(consular);
        assertNull(editor.unitErrorProperty().get());
        assertTrue(editor.saveCommand().isExecutable());
    }

    @Test
    void anImpossibleBirthDateHasItsMessageAndBlocksSave() {
        model.selectedProperty().set(row("Lê Thị Mai"));
        StaffEditorViewModel editor = model.editor();
        String implausible = Messages.get("staff.error.birthImplausible");

        editor.birthDateProperty().set(TestOffice.TODAY.minusYears(10));
        assertEquals(implausible, editor.birthDateErrorProperty().get(), "ten years old");
        assertFalse(editor.saveCommand().isExecutable());

        editor.birthDateProperty().set(TestOffice.TODAY.plusDays(1));
        assertEquals(implausible, editor.birthDateErrorProperty().get(), "not born yet");

        editor.birthDateProperty().set(LocalDate.of(1920, 5, 1));
        assertEquals(implausible, editor.birthDateErrorProperty().get(), "over a hundred");

        editor.birthDateProperty().set(null);
        assertNull(editor.birthDateErrorProperty().get(), "an unknown birth date is allowed");

        editor.birthDateProperty().set(LocalDate.of(1990, 2, 28));
        assertNull(editor.birthDateErrorProperty().get());
        assertTrue(editor.saveCommand().isExecutable());
    }

    @Test
    void anEndOfTheWorkingPeriodBeforeItsStartHasItsMessageAndBlocksSave() {
        model.selectedProperty().set(row("Lê Thị Mai"));
        StaffEditorViewModel editor = model.editor();

        editor.startDateProperty().set(LocalDate.of(2020, 1, 1));
        editor.endDateProperty().set(LocalDate.of(2019, 12, 31));
        assertEquals(Messages.get("staff.error.periodReversed"), editor.endDateErrorProperty().get());
        assertFalse(editor.validProperty().get());
        assertFalse(editor.saveCommand().isExecutable());

        editor.endDateProperty().set(LocalDate.of(2020, 1, 1));
        assertNull(editor.endDateErrorProperty().get(), "a single day is a period");
        assertTrue(editor.saveCommand().isExecutable());
    }

    @Test
    void switchingToAnotherPersonWithUnsavedEditsAsksFirst() {
        StaffRow lan = row("Nguyễn Thị Lan");
        model.selectedProperty().set(lan);
        model.editor().positionProperty().set("Chuyên viên chính");

        dialogs.answering(false);
        model.selectedProperty().set(row("Đặng Thị Hoa"));

        assertEquals(List.of(Messages.get("staff.unsaved")), dialogs.confirmations);
        assertSame(lan, model.selectedProperty().get(), "the person being edited stays selected");
        assertEquals("Nguyễn Thị Lan", model.editor().fullNameProperty().get());
        assertEquals("Chuyên viên chính", model.editor().positionProperty().get());

        dialogs.answering(true);
        model.selectedProperty().set(row("Đặng Thị Hoa"));

        assertEquals(2, dialogs.confirmations.size());
        assertEquals("Đặng Thị Hoa", model.editor().fullNameProperty().get());
        assertEquals("Chuyên viên", model.editor().positionProperty().get());
        assertEquals("Chuyên viên", office.services.staff().find(lan.member().id()).orElseThrow().position());
    }

    @Test
    void switchingWithoutChangesDoesNotAsk() {
        model.selectedProperty().set(row("Nguyễn Thị Lan"));
        model.selectedProperty().set(row("Đặng Thị Hoa"));
        model.addCommand().execute();

        assertTrue(dialogs.confirmations.isEmpty(), () -> dialogs.confirmations.toString());
        assertEquals("", model.editor().fullNameProperty().get());
    }

    @Test
    void addingAPersonWithUnsavedEditsAsksFirst() {
        model.selectedProperty().set(row("Nguyễn Thị Lan"));
        model.editor().noteProperty().set("Đang học cao cấp lý luận chính trị");

        dialogs.answering(false);
        model.addCommand().execute();

        assertEquals(1, dialogs.confirmations.size());
        assertEquals("Nguyễn Thị Lan", model.editor().fullNameProperty().get());
        assertEquals("Đang học cao cấp lý luận chính trị", model.editor().noteProperty().get());
    }

    @Test
    void peopleWhoLeftStayListedWithTheirEndDate() {
        StaffMember mai = row("Lê Thị Mai").member();
        office.services.staff().save(new StaffMember(mai.id(), mai.code(), mai.fullName(), mai.gender(), mai.birthDate(),
                mai.position(), mai.unitId(), mai.kind(), mai.leader(), mai.startDate(), LocalDate.of(2024, 12, 31),
                null, null, null, null, null));

        model.load();

        assertEquals(LocalDate.of(2024, 12, 31), row("Lê Thị Mai").member().endDate());
        assertEquals("Hiển thị 10 / 10 người", model.countTextProperty().get());
    }

    @Test
    void aDeactivatedUnitIsNoLongerOfferedButItsPeopleStayListed() {
        office.services.units().setActive(centre.id(), false);

        model.load();

        assertEquals(Arrays.asList(null, general, consular), model.unitFilterOptions());
        assertEquals(List.of(general, consular), model.editor().units());
        assertEquals("Trung tâm Dịch vụ", row("Nguyễn Thị Ánh").unitName());
        assertEquals(10, visibleNames().size());
    }

    @Test
    void openingAPersonOfADeactivatedUnitKeepsTheirUnitAndChangesNothing() {
        office.services.units().setActive(centre.id(), false);
        model.load();

        model.selectedProperty().set(row("Nguyễn Thị Ánh"));
        StaffEditorViewModel editor = model.editor();

        assertEquals(centre.id(), editor.unitProperty().get().id());
        assertFalse(editor.hasUnsavedChanges(), "only opening the person changes nothing");
        assertTrue(editor.saveCommand().isExecutable());

        model.selectedProperty().set(row("Vũ Đăng Khoa"));
        assertTrue(dialogs.confirmations.isEmpty(), () -> dialogs.confirmations.toString());
        assertEquals("Vũ Đăng Khoa", editor.fullNameProperty().get());
    }

    @Test
    void aDeactivatedUnitIsOfferedOnlyToItsOwnPeople() {
        office.services.units().setActive(centre.id(), false);
        model.load();

        model.selectedProperty().set(row("Nguyễn Thị Ánh"));
        assertEquals(List.of(general, consular, centre.withActive(false)), model.editor().units());

        model.selectedProperty().set(row("Lê Thị Mai"));
        assertEquals(List.of(general, consular), model.editor().units());
    }

    private List<String> visibleNames() {
        return model.visibleRows().stream().map(r -> r.member().fullName()).toList();
    }

    private StaffRow row(String name) {
        return model.visibleRows().stream().filter(r -> r.member().fullName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not listed"));
    }
}
