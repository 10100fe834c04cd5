package vn.thidua.organisation.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
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
import vn.thidua.common.ui.SameThreadExecutor;
import vn.thidua.organisation.gui.UnitsViewModel.UnitRow;
import vn.thidua.organisation.model.Unit;
import vn.thidua.organisation.model.UnitType;
import vn.thidua.testsupport.RecordingDialogs;

/** The clerk adds a unit and finds it at the end of the official order. */
@ExtendWith(ApplicationExtension.class)
class UnitsScreenTest {

    @TempDir
    static Path folder;

    private Services services;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) {
        services = Services.open(folder.resolve("data-" + System.nanoTime()));
        services.units().save(new Unit(null, "Ban Giám đốc", "BGĐ", UnitType.LEADERSHIP, 0, true));
        services.units().save(new Unit(null, "Phòng Tổng hợp", null, UnitType.ADMINISTRATIVE, 0, true));
        UnitsViewModel model = new UnitsViewModel(services.units(), new SameThreadExecutor(), dialogs);
        stage.setScene(new Scene(new UnitsView(model).root(), 1280, 760));
        stage.show();
        model.load();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void anAddedUnitAppearsInTheTableAtTheEndOfTheOrder(FxRobot robot) {
        robot.clickOn("#addButton");
        assertTrue(robot.lookup("#saveButton").queryButton().isDisabled(), "Save waits for a name");

        robot.clickOn("#nameField").write("Phòng Lãnh sự - Quản lý biên giới", 0);
        robot.clickOn("#shortNameField").write("LS-QLBG", 0);
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(dialogs.errors.isEmpty(), () -> dialogs.errors.toString());
        TableView<UnitRow> table = robot.lookup("#unitTable").queryTableView();
        assertEquals(List.of("1 Ban Giám đốc", "2 Phòng Tổng hợp", "3 Phòng Lãnh sự - Quản lý biên giới"),
                table.getItems().stream().map(r -> r.number() + " " + r.unit().name()).toList());
        assertEquals("Phòng Lãnh sự - Quản lý biên giới", table.getSelectionModel().getSelectedItem().unit().name());
        assertEquals("LS-QLBG", services.units().all().get(2).shortName());
    }
}
