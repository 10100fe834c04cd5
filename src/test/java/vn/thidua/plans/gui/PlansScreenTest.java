package vn.thidua.plans.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
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
import org.testfx.util.WaitForAsyncUtils;
import vn.thidua.app.Demo;
import vn.thidua.app.Services;
import vn.thidua.common.ui.SameThreadExecutor;
import vn.thidua.plans.gui.PlanListViewModel.PlanRow;
import vn.thidua.plans.model.ContentItem;
import vn.thidua.plans.model.Period;
import vn.thidua.plans.model.Plan;
import vn.thidua.testsupport.RecordingDialogs;

/** The clerk writes a new plan in the editor, saves it, issues it and finds it in the list with its number. */
@ExtendWith(ApplicationExtension.class)
class PlansScreenTest {

    @TempDir
    static Path folder;

    private Services services;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) {
        services = Services.open(folder.resolve("data-" + System.nanoTime()));
        Demo.fill(services.database(), LocalDate.of(2026, 11, 23));
        PlanListViewModel model = new PlanListViewModel(services.plans(), services.agency(), services.units(), services.catalogue(),
                services.planPrinter(), services.printouts(),
                new SameThreadExecutor(), dialogs, () -> LocalDateTime.of(2026, 11, 23, 9, 30), "thuky");
        stage.setScene(new Scene(new PlansView(model, new PlanRegistrationsViewModel(model.editor().openedProperty(),
                new PlanRegistrationsViewModel.Sources(services.registrations(), services.units(), services.staff(),
                        services.catalogue(), services.planPrinter()), new SameThreadExecutor(), dialogs,
                () -> LocalDate.of(2026, 11, 23)), new PlanTargetsViewModel(model.editor().openedProperty(),
                services.targetProgress(), services.records(), new SameThreadExecutor(), dialogs)).root(), 1156, 700));
        stage.show();
        model.load();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void writesSavesIssuesAndPrintsAPlanThatTheListShowsWithItsNumber(FxRobot robot) throws java.io.IOException {
        robot.clickOn("#newButton");
        assertTrue(robot.lookup("#saveButton").queryButton().isDisabled(), "a plan needs a title");
        robot.clickOn("#titleArea").write("Phát động thi đua chào mừng Quốc khánh 2/9", 0);

        robot.clickOn("#contentsTab");
        robot.clickOn("#contentAddButton");
        robot.clickOn("#contentBodyArea").write("Thi đua hoàn thành xuất sắc nhiệm vụ được giao.", 0);

        robot.clickOn("#awardsTab");
        robot.clickOn("#periodFromPicker").write("01/08/2026", 0);
        robot.clickOn("#periodToPicker").write("02/09/2026", 0);
        robot.clickOn("#periodFromPicker");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#saveButton").queryButton().isDisabled(),
                () -> robot.lookup("#problemLabel").queryAs(Label.class).getText());
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors::toString);

        robot.clickOn("#issueButton");
        assertEquals("Số tiếp theo năm 2026: 580/KH-SNgV", robot.lookup("#nextNumberLabel").queryAs(Label.class).getText());
        robot.clickOn("#confirmIssueButton");
        WaitForAsyncUtils.waitForFxEvents();

        TableView<PlanRow> table = robot.lookup("#planTable").queryTableView();
        PlanRow row = table.getItems().stream().filter(r -> r.title().startsWith("Phát động thi đua chào mừng Quốc khánh"))
                .findFirst().orElseThrow();
        assertEquals(List.of("580/KH-SNgV", "23/11/2026", "Đã ban hành"), List.of(row.symbol(), row.date(), row.statusText()));
        assertTrue(robot.lookup(".table-cell").match(c -> "580/KH-SNgV".equals(((javafx.scene.control.TableCell<?, ?>) c)
                .getItem())).tryQuery().isPresent());
        Plan stored = services.plans().get(row.plan().id());
        assertEquals(List.of(ContentItem.text("1.", "Thi đua hoàn thành xuất sắc nhiệm vụ được giao.")), stored.contents());
        assertEquals(Period.between(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 9, 2)), stored.period());

        Path file = folder.resolve("580-KH-SNgV-" + System.nanoTime() + ".docx");
        dialogs.saving(file);
        robot.interact(() -> table.getSelectionModel().select(row));
        robot.clickOn("#exportWordButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(java.nio.file.Files.size(file) > 0, "the Word document was written");
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors::toString);
    }

    @Test
    void anIssuedPlanOpensReadOnlyAndIsAmendedWithAReason(FxRobot robot) {
        TableView<PlanRow> table = robot.lookup("#planTable").queryTableView();
        PlanRow p579 = table.getItems().stream().filter(r -> "579/KH-SNgV".equals(r.symbol())).findFirst().orElseThrow();
        robot.interact(() -> table.getSelectionModel().select(p579));
        robot.clickOn("#openButton");
        assertFalse(robot.lookup("#titleArea").queryAs(javafx.scene.control.TextArea.class).isEditable());
        assertFalse(robot.lookup("#saveButton").queryButton().isVisible());

        robot.clickOn("#previewTab");
        String preview = robot.lookup("#previewArea").queryAs(javafx.scene.control.TextArea.class).getText();
        assertTrue(preview.endsWith("KT. GIÁM ĐỐC\n\nPHÓ GIÁM ĐỐC\n\nTô Thị Trang"), preview);

        robot.clickOn("#amendButton");
        robot.clickOn("#headingTab");
        robot.clickOn("#themeField").write("Kỷ cương, trách nhiệm", 0);
        assertTrue(robot.lookup("#saveButton").queryButton().isDisabled(), "an amendment needs a reason");
        robot.clickOn("#amendReasonField").write("Bổ sung chủ đề", 0);
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(dialogs.errors.isEmpty(), dialogs.errors::toString);
        assertTrue(robot.lookup("#planTable").query().isVisible());
        assertEquals("Kỷ cương, trách nhiệm", services.plans().get(p579.plan().id()).theme());
        assertEquals("Bổ sung chủ đề", services.plans().amendments(p579.plan().id()).get(0).reason());
    }
}
