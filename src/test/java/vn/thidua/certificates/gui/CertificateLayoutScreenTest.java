package vn.thidua.certificates.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.layout.Pane;
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
import vn.thidua.certificates.gui.CertificateLayoutViewModel.Line;
import vn.thidua.certificates.logic.CertificateLayouts;
import vn.thidua.certificates.model.CertificateField;
import vn.thidua.common.ui.DocumentOutput;
import vn.thidua.common.ui.SameThreadExecutor;
import vn.thidua.testsupport.RecordingDialogs;

/** The clerk picks the name line, moves it right and down by a millimetre, back by half a one, and saves. */
@ExtendWith(ApplicationExtension.class)
class CertificateLayoutScreenTest {

    @TempDir
    static Path folder;

    private Services services;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) {
        services = Services.open(folder.resolve("data-" + System.nanoTime()));
        Demo.fill(services.database(), LocalDate.of(2026, 11, 23));
        SameThreadExecutor executor = new SameThreadExecutor();
        CertificateLayoutViewModel model = new CertificateLayoutViewModel(services.certificatePrinter(), executor,
                dialogs, new DocumentOutput(dialogs, executor, services.printouts()));
        stage.setScene(new Scene(new CertificateLayoutView(model).root(), 1200, 760));
        stage.show();
        model.load();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void aLineIsNudgedAndSaved(FxRobot robot) {
        TableView<Line> table = robot.lookup("#lineTable").queryTableView();
        int row = 0;
        while (table.getItems().get(row).field() != CertificateField.NAME) {
            row++;
        }
        Line name = table.getItems().get(row);
        double x = name.xProperty().get();
        double y = name.yProperty().get();
        int index = row;
        robot.interact(() -> table.scrollTo(index));
        robot.clickOn(robot.lookup(".table-row-cell").match(r -> ((javafx.scene.control.TableRow<?>) r).getIndex() == index)
                .<javafx.scene.Node>query());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(name, table.getSelectionModel().getSelectedItem());
        assertTrue(robot.lookup("#preview").queryAs(Pane.class).getChildren().size() > 1, "the sheet is drawn");

        robot.clickOn("#rightButton");
        robot.clickOn("#downButton");
        robot.press(javafx.scene.input.KeyCode.SHIFT).clickOn("#leftButton").release(javafx.scene.input.KeyCode.SHIFT);
        robot.interact(table::requestFocus);
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.DOWN)
                .release(javafx.scene.input.KeyCode.CONTROL);
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of(), dialogs.errors);
        var stored = services.certificatePrinter().layout(CertificateLayouts.DEFAULT).placement(CertificateField.NAME)
                .orElseThrow();
        assertEquals(x + 0.5, stored.x(), "1 mm right, then half a millimetre back with Shift");
        assertEquals(y + 2, stored.y(), "1 mm down by the button, 1 mm by Ctrl+Down in the table");
    }
}
