package vn.thidua.tasks.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.thidua.common.ui.SameThreadExecutor;
import vn.thidua.tasks.gui.TasksViewModel.TaskRow;
import vn.thidua.tasks.logic.TaskFixture;
import vn.thidua.tasks.model.ProgressUpdate;
import vn.thidua.tasks.model.TaskState;
import vn.thidua.testsupport.RecordingDialogs;

/** The clerk opens the overdue task at the top, is refused 120 %, and records the month's progress. */
@ExtendWith(ApplicationExtension.class)
class TasksScreenTest {

    @TempDir
    static Path folder;

    private TaskFixture office;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) {
        office = new TaskFixture(folder.resolve("data-" + System.nanoTime()));
        var s = office.services;
        TasksViewModel model = new TasksViewModel(new TasksViewModel.Sources(s.tasks(), s.taskPrinter(), s.units(),
                s.agency()), new SameThreadExecutor(), dialogs, () -> TaskFixture.TODAY);
        stage.setScene(new Scene(new TasksView(model).root(), 1280, 760));
        stage.show();
        model.load();
    }

    @AfterEach
    void close() {
        office.close();
    }

    @Test
    void theClerkRecordsProgressOnTheOverdueTask(FxRobot robot) {
        TableView<TaskRow> table = robot.lookup("#taskTable").queryTableView();
        TaskRow top = table.getItems().get(0);
        assertEquals(TaskState.OVERDUE, top.state(), "overdue tasks come first");

        robot.clickOn("Nâng cao hiệu quả ngoại giao kinh tế");
        robot.clickOn("Tiến độ");
        TextField percent = robot.lookup("#percentField").queryAs(TextField.class);
        robot.interact(percent::clear);
        robot.clickOn(percent).write("120");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#recordButton").queryButton().isDisabled(), "120 % is refused");
        assertEquals("Tỷ lệ hoàn thành phải từ 0 đến 100% (đã nhập 120).",
                robot.lookup("#progressProblem").queryAs(Label.class).getText());

        robot.interact(percent::clear);
        robot.clickOn(percent).write("90");
        robot.clickOn("#noteArea").write("Đã có lịch hội nghị ngày 10/12/2026.");
        robot.clickOn("#recordButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(dialogs.errors.isEmpty(), dialogs.errors::toString);
        List<ProgressUpdate> stored = office.services.tasks().progress(office.planId).get(office.overdue.id());
        assertEquals(2, stored.size());
        ProgressUpdate last = stored.get(1);
        assertEquals(List.of(TaskFixture.TODAY, 90, "Đã có lịch hội nghị ngày 10/12/2026."),
                List.of(last.reportedOn(), last.percentDone(), last.note()));
        TaskRow after = table.getItems().get(0);
        assertEquals(office.overdue.id(), after.task().id());
        assertEquals(90, after.tracked().percentDone());
        assertEquals(after, table.getSelectionModel().getSelectedItem(), "the task stays selected");
    }
}
