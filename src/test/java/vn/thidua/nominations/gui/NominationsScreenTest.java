package vn.thidua.nominations.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
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
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;
import vn.thidua.app.Demo;
import vn.thidua.app.Services;
import vn.thidua.common.text.VietText;
import vn.thidua.nominations.gui.NominationsViewModel.NominationRow;
import vn.thidua.nominations.model.NominationStatus;
import vn.thidua.organisation.model.StaffMember;
import vn.thidua.testsupport.RecordingDialogs;

/** The clerk lodges a nomination for the year-end review, saves it, and moves it to submitted and received. */
@ExtendWith(ApplicationExtension.class)
class NominationsScreenTest {

    @TempDir
    static Path folder;

    private Services services;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private NominationsViewModel model;

    @Start
    void start(Stage stage) {
        services = Services.open(folder.resolve("data-" + System.nanoTime()));
        Demo.fill(services.database(), NominationsViewModelTest.TODAY);
        model = NominationsViewModelTest.screen(services, dialogs);
        stage.setScene(new Scene(new NominationsView(model).root(), 1156, 700));
        stage.show();
        model.load();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void aNominationIsLodgedSavedSubmittedAndReceived(FxRobot robot) {
        StaffMember person = services.staff().all().get(7);
        choose(robot, "#scopeBox", "Tổng kết năm 2026 (không theo kế hoạch)");
        robot.clickOn("#newButton");
        assertTrue(robot.lookup("#saveButton").queryButton().isDisabled(), "a nomination needs its nominee and award");

        robot.clickOn("#nomineeFilterField").write(VietText.fold(person.fullName()), 0);
        robot.clickOn("#nomineeBox");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell")
                .match((javafx.scene.control.ListCell<?> c) -> c.getText() != null
                        && c.getText().startsWith(person.fullName())).queryAs(Node.class));
        choose(robot, "#awardBox", "Lao động tiên tiến");
        robot.clickOn("#summaryArea").write("Hoàn thành xuất sắc nhiệm vụ năm 2026.", 0);
        assertFalse(robot.lookup("#saveButton").queryButton().isDisabled(),
                () -> robot.lookup("#problemLabel").queryAs(Label.class).getText());
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), dialogs.errors);
        assertEquals("Dự thảo (23/11/2026)", robot.lookup("#statusLabel").queryAs(Label.class).getText());

        robot.clickOn("#step-SUBMITTED");
        assertTrue(robot.lookup("#stepPane").query().isVisible());
        robot.clickOn("#confirmStepButton");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#step-RECEIVED");
        robot.clickOn("#confirmStepButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), dialogs.errors);
        assertEquals("Đã tiếp nhận (23/11/2026)", robot.lookup("#statusLabel").queryAs(Label.class).getText());

        robot.clickOn("#dossierTab");
        assertFalse(robot.lookup("#dossierTable").queryTableView().getItems().isEmpty(), "the checklist was prepared");
        robot.clickOn("#cancelButton");
        WaitForAsyncUtils.waitForFxEvents();

        TableView<NominationRow> table = robot.lookup("#nominationTable").queryTableView();
        assertTrue(table.isVisible());
        NominationRow row = table.getItems().get(0);
        assertEquals(person.fullName(), row.nomination().nomineeName());
        assertEquals("Đã tiếp nhận (23/11/2026)", row.statusText());
        assertEquals(NominationStatus.RECEIVED, services.nominations().get(row.nomination().id()).status());
        assertEquals(3, services.nominations().history(row.nomination().id()).size());
    }

    @Test
    void comingBackToTheScreenKeepsTheChosenPlanAndItsNominations(FxRobot robot) {
        choose(robot, "#scopeBox", "01/KH-SNgV – Phát động phong trào thi đua đặc biệt lập thành tích chào mừng Đại hội "
                + "đảng bộ các cấp, Đại hội Đảng bộ tỉnh Lạng Sơn lần thứ XVIII");
        TableView<NominationRow> table = robot.lookup("#nominationTable").queryTableView();
        assertEquals(5, table.getItems().size(), "the demo's nominations under seed 001");

        robot.interact(model::load);
        WaitForAsyncUtils.waitForFxEvents();

        javafx.scene.control.ComboBox<?> box = robot.lookup("#scopeBox").queryAs(javafx.scene.control.ComboBox.class);
        Scope shown = (Scope) box.getValue();
        assertTrue(shown != null && shown.label().startsWith("01/KH-SNgV"), String.valueOf(shown));
        assertEquals(5, table.getItems().size());
        assertFalse(robot.lookup("#newButton").queryButton().isDisabled());
    }

    /** Opens a choice box and clicks the line with the given text. */
    private static void choose(FxRobot robot, String box, String text) {
        robot.clickOn(box);
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(LabeledMatchers.hasText(text)).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
