package vn.thidua.organisation.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.organisation.gui.TestOffice.aStaffMember;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.common.i18n.Messages;
import vn.thidua.organisation.gui.UnitsViewModel.UnitRow;
import vn.thidua.organisation.model.Unit;
import vn.thidua.organisation.model.UnitType;
import vn.thidua.testsupport.RecordingDialogs;

class UnitsViewModelTest {

    @TempDir
    Path folder;

    private TestOffice office;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private UnitsViewModel model;
    private Unit leadership;
    private Unit general;
    private Unit consular;

    @BeforeEach
    void setUp() {
        office = new TestOffice(folder);
        leadership = office.unit("Ban Giám đốc", UnitType.LEADERSHIP);
        general = office.unit("Phòng Tổng hợp");
        consular = office.unit("Phòng Lãnh sự");
        office.save(aStaffMember("Nguyễn Thị Lan").inUnit(consular));
        office.save(aStaffMember("Đặng Thị Hoa").inUnit(consular));
        model = new UnitsViewModel(office.services.units(), office.executor, dialogs);
        model.load();
    }

    @AfterEach
    void tearDown() {
        office.close();
    }

    @Test
    void listsUnitsInTheirOrderWithNumbersAndStaffCounts() {
        assertEquals(List.of(new UnitRow(1, leadership, 0), new UnitRow(2, general, 0), new UnitRow(3, consular, 2)),
                model.rows());
    }

    @Test
    void choosingAnotherUnitWithUnsavedEditsAsksAndNoKeepsTheEdits() {
        model.selectedProperty().set(model.rows().get(1));
        model.nameProperty().set("Phòng Tổng hợp - Hành chính");
        dialogs.answering(false);

        model.selectedProperty().set(model.rows().get(2));

        assertEquals(List.of(Messages.get("units.unsaved")), dialogs.confirmations);
        assertEquals(model.rows().get(1), model.selectedProperty().get());
        assertEquals("Phòng Tổng hợp - Hành chính", model.nameProperty().get());

        dialogs.answering(true);
        model.selectedProperty().set(model.rows().get(2));
        assertEquals("Phòng Lãnh sự", model.nameProperty().get());
        assertEquals("Phòng Tổng hợp", office.services.units().all().get(1).name(), "nothing was saved");
    }

    @Test
    void choosingAnotherUnitWithoutEditsDoesNotAsk() {
        model.selectedProperty().set(model.rows().get(1));
        model.selectedProperty().set(model.rows().get(2));
        assertEquals(List.of(), dialogs.confirmations);
        assertEquals("Phòng Lãnh sự", model.nameProperty().get());
    }

    @Test
    void afterCancelTheSameUnitOpensAgain() {
        model.selectedProperty().set(model.rows().get(1));
        model.cancelCommand().execute();
        assertFalse(model.editingProperty().get());
        assertNull(model.selectedProperty().get());

        model.selectedProperty().set(model.rows().get(1));
        assertTrue(model.editingProperty().get());
    }

    @Test
    void aNewUnitIsSavedAtTheEndOfTheOrder() {
        model.addCommand().execute();
        assertTrue(model.editingProperty().get());
        assertEquals(Messages.get("units.editor.new"), model.headingProperty().get());

        model.nameProperty().set("  Trung tâm   Thông tin và Dịch vụ đối ngoại ");
        model.shortNameProperty().set("TTTTDVĐN");
        model.typeProperty().set(UnitType.PUBLIC_SERVICE);
        model.saveCommand().execute();

        assertTrue(dialogs.errors.isEmpty(), () -> dialogs.errors.toString());
        Unit saved = office.services.units().all().get(3);
        assertEquals(new Unit(saved.id(), "Trung tâm Thông tin và Dịch vụ đối ngoại", "TTTTDVĐN", UnitType.PUBLIC_SERVICE,
                4, true), saved);
        assertEquals(List.of("Ban Giám đốc", "Phòng Tổng hợp", "Phòng Lãnh sự", "Trung tâm Thông tin và Dịch vụ đối ngoại"),
                names());
        assertEquals(new UnitRow(4, saved, 0), model.selectedProperty().get(), "the new unit is selected");
    }

    @Test
    void renamingEditsACopyAndKeepsTheUnitsPlace() {
        model.selectedProperty().set(model.rows().get(1));
        assertEquals(Messages.get("units.editor.edit"), model.headingProperty().get());
        assertEquals("Phòng Tổng hợp", model.nameProperty().get());

        model.nameProperty().set("Văn phòng Sở");
        assertEquals("Phòng Tổng hợp", model.rows().get(1).unit().name(), "the table keeps the stored name until saved");
        model.saveCommand().execute();

        assertEquals(List.of("Ban Giám đốc", "Văn phòng Sở", "Phòng Lãnh sự"), names());
        assertEquals("Văn phòng Sở", office.services.units().all().get(1).name());
        assertEquals(2, office.services.units().all().get(1).sortOrder());
    }

    @Test
    void cancelDropsTheEdit() {
        model.selectedProperty().set(model.rows().get(1));
        model.nameProperty().set("Văn phòng Sở");

        model.cancelCommand().execute();

        assertFalse(model.editingProperty().get());
        assertFalse(model.cancelCommand().isExecutable());
        assertEquals(List.of("Ban Giám đốc", "Phòng Tổng hợp", "Phòng Lãnh sự"), names());
        assertEquals("Phòng Tổng hợp", office.services.units().all().get(1).name());
    }

    @Test
    void saveIsDisabledWhileNameIsEmpty() {
        model.addCommand().execute();
        assertEquals(Messages.get("unit.error.nameRequired"), model.nameErrorProperty().get());
        assertFalse(model.saveCommand().isExecutable());

        model.nameProperty().set("   ");
        assertFalse(model.saveCommand().isExecutable());

        model.nameProperty().set("Phòng Pháp chế");
        assertNull(model.nameErrorProperty().get());
        assertTrue(model.saveCommand().isExecutable());
    }

    @Test
    void aSecondUnitWithTheSameNameIsRefusedWithAMessage() {
        model.addCommand().execute();
        model.nameProperty().set("phòng lãnh sự");

        model.saveCommand().execute();

        assertEquals(List.of(Messages.get("unit.error.duplicateName", "phòng lãnh sự")), dialogs.errors);
        assertEquals(3, office.services.units().all().size());
        assertTrue(model.editingProperty().get(), "the editor stays open to correct the name");
    }

    @Test
    void movesAUnitUpAndDownInTheOfficialOrder() {
        model.selectedProperty().set(model.rows().get(2));
        assertTrue(model.moveUpCommand().isExecutable());
        assertFalse(model.moveDownCommand().isExecutable(), "the last unit cannot go down");

        model.moveUpCommand().execute();

        assertEquals(List.of("Ban Giám đốc", "Phòng Lãnh sự", "Phòng Tổng hợp"), names());
        assertEquals(List.of("Ban Giám đốc", "Phòng Lãnh sự", "Phòng Tổng hợp"),
                office.services.units().all().stream().map(Unit::name).toList());
        assertEquals("Phòng Lãnh sự", model.selectedProperty().get().unit().name(), "the moved unit stays selected");
        assertEquals(2, model.selectedProperty().get().number());

        model.moveUpCommand().execute();
        assertEquals(List.of("Phòng Lãnh sự", "Ban Giám đốc", "Phòng Tổng hợp"), names());
        assertFalse(model.moveUpCommand().isExecutable(), "the first unit cannot go up");

        model.moveDownCommand().execute();
        assertEquals(List.of("Ban Giám đốc", "Phòng Lãnh sự", "Phòng Tổng hợp"), names());
    }

    @Test
    void aUnitWithStaffIsDeactivatedNotDeletedAfterTheClerkConfirms() {
        model.selectedProperty().set(model.rows().get(2));
        assertEquals(Messages.get("units.deactivate"), model.toggleActiveTextProperty().get());

        dialogs.answering(false);
        model.toggleActiveCommand().execute();

        assertEquals(List.of(Messages.get("units.deactivateConfirm", "Phòng Lãnh sự", 2)), dialogs.confirmations);
        assertTrue(office.services.units().all().get(2).active(), "the clerk said no");

        dialogs.answering(true);
        model.toggleActiveCommand().execute();

        Unit stored = office.services.units().all().get(2);
        assertEquals(consular.withActive(false), stored, "still there, only deactivated");
        assertEquals(2, office.services.staff().all().size(), "its people are untouched");
        assertEquals(new UnitRow(3, stored, 2), model.rows().get(2));
        assertEquals(Messages.get("units.activate"), model.toggleActiveTextProperty().get());

        model.toggleActiveCommand().execute();
        assertTrue(office.services.units().all().get(2).active());
        assertEquals(2, dialogs.confirmations.size(), "activating again asks nothing");
    }

    @Test
    void deactivatingAUnitWithStaffInTheEditorAsksTheSameQuestion() {
        model.selectedProperty().set(model.rows().get(2));
        model.activeProperty().set(false);

        dialogs.answering(false);
        model.saveCommand().execute();

        assertEquals(List.of(Messages.get("units.deactivateConfirm", "Phòng Lãnh sự", 2)), dialogs.confirmations);
        assertTrue(office.services.units().all().get(2).active(), "the clerk said no");
        assertTrue(model.editingProperty().get(), "the edit is still there to change or cancel");

        dialogs.answering(true);
        model.saveCommand().execute();

        assertFalse(office.services.units().all().get(2).active());
    }

    @Test
    void aUnitWithoutStaffIsDeactivatedWithoutAsking() {
        model.selectedProperty().set(model.rows().get(1));

        model.toggleActiveCommand().execute();

        assertTrue(dialogs.confirmations.isEmpty());
        assertFalse(office.services.units().all().get(1).active());
        assertEquals(3, model.rows().size());
    }

    @Test
    void reorderingAndDeactivatingNeedASelectedUnit() {
        assertFalse(model.moveUpCommand().isExecutable());
        assertFalse(model.moveDownCommand().isExecutable());
        assertFalse(model.toggleActiveCommand().isExecutable());
        assertTrue(model.addCommand().isExecutable());
    }

    private List<String> names() {
        return model.rows().stream().map(r -> r.unit().name()).toList();
    }
}
