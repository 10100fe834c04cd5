package vn.thidua.exchange.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
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
import vn.thidua.plans.gui.PlanListViewModel;
import vn.thidua.plans.gui.PlanRegistrationsViewModel;
import vn.thidua.plans.gui.PlanTargetsViewModel;
import vn.thidua.plans.gui.PlansView;
import vn.thidua.testsupport.RecordingDialogs;

/** On the plans screen the clerk chooses a plan and exports it from the exchange menu. */
@ExtendWith(ApplicationExtension.class)
class ExchangeMenuScreenTest {

    @TempDir
    static Path folder;

    private Services services;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private Path file;

    @Start
    void start(Stage stage) {
        services = Services.open(folder.resolve("data-" + System.nanoTime()));
        Demo.fill(services.database(), LocalDate.of(2026, 11, 23));
        file = folder.resolve("ke-hoach-" + System.nanoTime() + ".tdx");
        dialogs.saving(file);
        SameThreadExecutor executor = new SameThreadExecutor();
        PlanListViewModel model = new PlanListViewModel(services.plans(), services.agency(), services.units(),
                services.catalogue(), services.planPrinter(), services.printouts(), executor, dialogs,
                () -> LocalDateTime.of(2026, 11, 23, 9, 30), "thuky");
        ExchangeViewModel exchange = new ExchangeViewModel(Bindings.createObjectBinding(() ->
                model.selectedProperty().get() == null ? null : model.selectedProperty().get().plan().id(),
                model.selectedProperty()), services.exchange(), executor, dialogs, model::load);
        stage.setScene(new Scene(new PlansView(model, new PlanRegistrationsViewModel(model.editor().openedProperty(),
                new PlanRegistrationsViewModel.Sources(services.registrations(), services.units(), services.staff(),
                        services.catalogue(), services.planPrinter()), executor, dialogs,
                () -> LocalDate.of(2026, 11, 23)), new PlanTargetsViewModel(model.editor().openedProperty(),
                services.targetProgress(), services.records(), executor, dialogs), exchange.actions()).root(),
                1156, 700));
        stage.show();
        model.load();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void exportIsOfferedOnceAPlanIsChosenAndWritesTheFile(FxRobot robot) {
        MenuButton menu = robot.lookup("#exchangeMenu").queryAs(MenuButton.class);
        assertTrue(menu.isVisible());
        assertEquals(java.util.List.of("Xuất tệp trao đổi…", "Nhập tệp trao đổi…"),
                menu.getItems().stream().map(MenuItem::getText).toList());
        assertTrue(menu.getItems().get(0).isDisable(), "no plan chosen yet");

        robot.clickOn("579/KH-SNgV");
        robot.clickOn("#exchangeMenu");
        robot.clickOn("Xuất tệp trao đổi…");
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(menu.getItems().get(0).isDisable());
        assertTrue(Files.isRegularFile(file));
        assertTrue(dialogs.infos.get(0).startsWith("Đã xuất kế hoạch \"Phát động phong trào thi đua “100 ngày đêm"),
                dialogs.infos.toString());
    }
}
