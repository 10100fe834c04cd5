package vn.thidua.decisions.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
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
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;
import vn.thidua.app.Services;
import vn.thidua.decisions.logic.DecisionFixture;
import vn.thidua.common.ui.SameThreadExecutor;
import vn.thidua.decisions.model.DecisionSummary;
import vn.thidua.testsupport.RecordingDialogs;

/** The clerk drafts the CSTĐ cơ sở decision from the year-end meeting of the demo office and signs it. */
@ExtendWith(ApplicationExtension.class)
class DecisionsScreenTest {

    @TempDir
    static Path folder;

    private Services services;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) {
        services = Services.open(folder.resolve("data-" + System.nanoTime()));
        DecisionFixture.demoBeforeDecisions(services, LocalDate.of(2026, 11, 23));
        DecisionsViewModel model = new DecisionsViewModel(new DecisionsViewModel.Sources(services.decisions(),
                services.decisionDrafts(), services.meetings(), services.catalogue(), services.staff(), services.units()),
                new SameThreadExecutor(), dialogs,
                () -> LocalDate.of(2025, 12, 22));
        stage.setScene(new Scene(new DecisionsView(model).root(), 1200, 700));
        stage.show();
        model.load();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void aDecisionIsDraftedFromTheMeetingAndSigned(FxRobot robot) {
        robot.clickOn("#newButton");
        choose(robot, "#meetingBox", "18/12/2025 – Xét danh hiệu thi đua và hình thức khen thưởng năm 2025");
        choose(robot, "#awardBox", "Chiến sĩ thi đua cơ sở");
        robot.clickOn("#confirmNewButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), dialogs.errors);
        assertEquals("Dự thảo quyết định /QĐ-SNgV", robot.lookup("#headingLabel").queryAs(Label.class).getText());
        assertEquals(1, robot.lookup("#lineTable").queryTableView().getItems().size());

        robot.doubleClickOn("#signNumberField").write("7", 0);
        robot.clickOn("#signButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of(), dialogs.errors);
        assertEquals("Quyết định 07/QĐ-SNgV ngày 22/12/2025 (đã ký)", robot.lookup("#headingLabel").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#totalsLabel").queryAs(Label.class).getText().endsWith("(Hai triệu ba trăm bốn mươi nghìn đồng)"));
        assertTrue(robot.lookup("#amendBar").query().isVisible(), "a signed decision offers only an amendment");

        robot.clickOn("#backButton");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<DecisionSummary> table = robot.lookup("#decisionTable").queryTableView();
        assertEquals("07/QĐ-SNgV", table.getItems().get(0).symbol());
    }

    @Test
    void aDecisionFromAboveIsTypedFromItsPaperCopy(FxRobot robot) {
        robot.clickOn("#newButton");
        choose(robot, "#originBox", "Quyết định của cấp trên");
        assertFalse(robot.lookup("#meetingRow").query().isVisible(), "no meeting for a decision from above");
        choose(robot, "#awardBox", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh");
        robot.clickOn("#confirmNewButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), dialogs.errors);
        assertEquals("Dự thảo quyết định /QĐ-UBND", robot.lookup("#headingLabel").queryAs(Label.class).getText());

        robot.clickOn("#addFilterField").write("hoang van");
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<?> found = robot.lookup("#addChoiceBox").queryComboBox();
        assertTrue(found.getItems().size() >= 1, "an accent-free search finds the person");
        robot.interact(() -> found.getSelectionModel().select(0));
        robot.doubleClickOn("#addYearField").write("2025");
        robot.clickOn("#addLineButton");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> lines = robot.lookup("#lineTable").queryTableView();
        assertEquals("", robot.lookup("#problemLabel").queryAs(Label.class).getText());
        assertEquals(1, lines.getItems().size(), () -> "add disabled: " + robot.lookup("#addLineButton").query().isDisabled()
                + " chosen " + found.getValue());

        robot.clickOn("#signNumberField").write("512");
        robot.clickOn("#signButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), dialogs.errors);
        assertEquals("Quyết định 512/QĐ-UBND ngày 22/12/2025 (đã ký)", robot.lookup("#headingLabel").queryAs(Label.class).getText());
    }

    /** Opens a choice box and clicks the line with the given text. */
    private static void choose(FxRobot robot, String box, String text) {
        robot.clickOn(box);
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(LabeledMatchers.hasText(text)).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
