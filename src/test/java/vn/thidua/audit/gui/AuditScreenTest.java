package vn.thidua.audit.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.thidua.app.Services;
import vn.thidua.audit.model.AuditEntry;
import vn.thidua.audit.model.FieldChange;
import vn.thidua.catalogue.model.BaseSalary;
import vn.thidua.common.ui.SameThreadExecutor;
import vn.thidua.testsupport.RecordingDialogs;

/** The clerk looks up who changed the base salary and what it was before. */
@ExtendWith(ApplicationExtension.class)
class AuditScreenTest {

    @TempDir
    static Path folder;

    private Services services;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) {
        services = Services.open(folder.resolve("data-" + System.nanoTime()));
        BaseSalary salary = services.catalogue().saveBaseSalary(new BaseSalary(null, LocalDate.of(2026, 7, 1), 2_530_000,
                null));
        services.catalogue().saveBaseSalary(new BaseSalary(salary.id(), salary.effectiveFrom(), 2_600_000, "dự kiến"));
        services.catalogue().setAwardFormActive(services.catalogue().awardForms().get(0).id(), false);
        AuditViewModel model = new AuditViewModel(services.auditLog(), new SameThreadExecutor(), dialogs, LocalDate::now);
        stage.setScene(new Scene(new AuditView(model).root(), 1200, 700));
        stage.show();
        model.load();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void choosingALineShowsOnlyTheChangedFieldsBeforeAndAfter(FxRobot robot) {
        TableView<AuditEntry> table = robot.lookup("#auditTable").queryTableView();
        assertEquals(3, table.getItems().size());

        robot.clickOn("Sửa");
        WaitForAsyncUtils.waitForFxEvents();

        TableView<FieldChange> changes = robot.lookup("#changesTable").queryTableView();
        assertEquals(java.util.List.of(new FieldChange("amount", "2530000", "2600000"),
                new FieldChange("note", "", "dự kiến")), changes.getItems());
        assertTrue(robot.lookup("#detailTitle").queryAs(Label.class).getText().startsWith("Mức lương cơ sở"));

        robot.clickOn("#onlyChangedCheck");
        assertEquals(4, changes.getItems().size());
    }

    @Test
    void theKindOfRecordNarrowsTheList(FxRobot robot) {
        robot.clickOn("#entityBox");
        WaitForAsyncUtils.waitForFxEvents();
        // the popup's line, not the table's cell of the same text
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell")
                .match(org.testfx.matcher.control.LabeledMatchers.hasText("Hình thức khen thưởng"))
                .queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();

        TableView<AuditEntry> table = robot.lookup("#auditTable").queryTableView();
        assertEquals(1, table.getItems().size());
        assertEquals("Hình thức khen thưởng", robot.lookup("#entityBox").queryAs(ComboBox.class).getButtonCell().getText());
        assertTrue(robot.lookup("#countLabel").queryAs(Label.class).getText().startsWith("1 dòng nhật ký"));
    }
}
