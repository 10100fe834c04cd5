package vn.thidua.organisation.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
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
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.ui.SameThreadExecutor;
import vn.thidua.organisation.logic.DemoOffice;
import vn.thidua.organisation.model.StaffMember;
import vn.thidua.organisation.model.Unit;
import vn.thidua.testsupport.RecordingDialogs;

/** The clerk adds a person through the editor and finds them again by typing without accents. */
@ExtendWith(ApplicationExtension.class)
class StaffScreenTest {

    @TempDir
    static Path folder;

    private Services services;
    private StaffViewModel model;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) {
        services = Services.open(folder.resolve("data-" + System.nanoTime()));
        DemoOffice.fill(services.database());
        model = new StaffViewModel(services.staff(), services.units(), services.agency(),
                services.database(), new SameThreadExecutor(), dialogs, () -> LocalDate.of(2026, 11, 23));
        StaffView view = new StaffView(model);
        stage.setScene(new Scene(view.root(), 1280, 760));
        stage.show();
        model.load();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void addsAPersonThroughTheEditorAndFindsThemWithoutAccents(FxRobot robot) {
        robot.clickOn("#addButton");
        Button save = robot.lookup("#saveButton").queryButton();
        assertTrue(save.isDisabled(), "Save waits for a name and a unit");

        robot.clickOn("#nameField").write("Nguyễn Thị Ánh Tuyết");
        ComboBox<Unit> unitBox = robot.lookup("#unitBox").queryComboBox();
        robot.interact(() -> unitBox.getSelectionModel().select(
                unitBox.getItems().stream().filter(u -> u.name().startsWith("Phòng Lãnh sự")).findFirst().orElseThrow()));
        robot.clickOn("#positionField").write("Chuyên viên");
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(dialogs.errors.isEmpty(), () -> "no error expected: " + dialogs.errors);
        StaffMember saved = services.staff().all().stream()
                .filter(s -> s.fullName().equals("Nguyễn Thị Ánh Tuyết")).findFirst().orElseThrow();
        assertEquals("Chuyên viên", saved.position());

        robot.clickOn("#searchField").write("nguyen thi anh tuyet");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<StaffRow> table = robot.lookup("#staffTable").queryTableView();
        assertEquals(List.of("Nguyễn Thị Ánh Tuyết"), table.getItems().stream().map(r -> r.member().fullName()).toList());
        Label count = robot.lookup("#countLabel").queryAs(Label.class);
        assertTrue(count.getText().startsWith("Hiển thị 1 /"), count.getText());
    }

    @Test
    void searchingDangFindsĐặngAndAnEmptyNameShowsItsMessage(FxRobot robot) {
        robot.clickOn("#searchField").write("dang");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<StaffRow> table = robot.lookup("#staffTable").queryTableView();
        assertTrue(!table.getItems().isEmpty());
        assertTrue(table.getItems().stream().allMatch(r -> r.searchKey().contains("dang")));
        assertTrue(table.getItems().stream().anyMatch(r -> r.member().fullName().startsWith("Đặng")));

        robot.clickOn("#addButton");
        robot.clickOn("#nameField").write("Hoa");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#saveButton").queryButton().isDisabled(), "a one-word name cannot be saved");
    }

    @Test
    void keepingUnsavedEditsKeepsTheirPersonSelectedAfterOneQuestion(FxRobot robot) {
        TableView<StaffRow> table = robot.lookup("#staffTable").queryTableView();
        StaffRow edited = table.getItems().get(3);
        robot.clickOn(line(robot, edited));
        robot.clickOn("#positionField").write(" kiêm Kế toán", 0);

        dialogs.answering(false);
        robot.clickOn(line(robot, table.getItems().get(5)));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of(Messages.get("staff.unsaved")), dialogs.confirmations);
        assertEquals(edited, table.getSelectionModel().getSelectedItem());
        assertEquals(edited, model.selectedProperty().get());
        assertEquals(edited.member().position() + " kiêm Kế toán",
                robot.lookup("#positionField").queryTextInputControl().getText());
    }

    private static Node line(FxRobot robot, StaffRow row) {
        return robot.lookup("#staffTable .table-row-cell").match((TableRow<?> r) -> r.getItem() == row).query();
    }
}
