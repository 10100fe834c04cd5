package vn.thidua.plans.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
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
import vn.thidua.catalogue.model.AwardForm;
import vn.thidua.common.ui.SameThreadExecutor;
import vn.thidua.organisation.model.Unit;
import vn.thidua.plans.gui.PlanListViewModel.PlanRow;
import vn.thidua.plans.gui.PlanRegistrationsViewModel.RegistrationRow;
import vn.thidua.testsupport.RecordingDialogs;

/** The clerk opens the demo's draft plan and registers a unit for a title in the editor's registration tab. */
@ExtendWith(ApplicationExtension.class)
class PlanRegistrationsScreenTest {

    @TempDir
    static Path folder;

    private Services services;
    private PlanListViewModel model;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) {
        services = Services.open(folder.resolve("data-" + System.nanoTime()));
        Demo.fill(services.database(), LocalDate.of(2026, 11, 23));
        model = new PlanListViewModel(services.plans(), services.agency(), services.units(), services.catalogue(),
                services.planPrinter(), services.printouts(), new SameThreadExecutor(), dialogs, () -> LocalDateTime.of(2026, 11, 23, 9, 30), "thuky");
        PlanRegistrationsViewModel registrations = new PlanRegistrationsViewModel(model.editor().openedProperty(),
                new PlanRegistrationsViewModel.Sources(services.registrations(), services.units(), services.staff(),
                        services.catalogue(), services.planPrinter()),
                new SameThreadExecutor(), dialogs, () -> LocalDate.of(2026, 11, 23));
        PlanTargetsViewModel targets = new PlanTargetsViewModel(model.editor().openedProperty(),
                services.targetProgress(), services.records(), new SameThreadExecutor(), dialogs);
        stage.setScene(new Scene(new PlansView(model, registrations, targets).root(), 1156, 700));
        stage.show();
        model.load();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void registersAUnitForATitleAndSeesItInTheTable(FxRobot robot) {
        TableView<PlanRow> plans = robot.lookup("#planTable").queryTableView();
        int draft = plans.getItems().indexOf(plans.getItems().stream().filter(r -> r.plan().number() == null)
                .findFirst().orElseThrow());
        robot.interact(() -> plans.getSelectionModel().select(draft));
        robot.clickOn("#openButton");
        robot.clickOn("#registrationsTab");
        robot.clickOn("#registrationAddButton");

        ComboBox<Unit> unitBox = robot.lookup("#registrationUnitBox").queryComboBox();
        ComboBox<AwardForm> formBox = robot.lookup("#registrationFormBox").queryComboBox();
        Unit unit = unitBox.getItems().get(0);
        AwardForm form = formBox.getItems().get(0);
        robot.interact(() -> {
            unitBox.setValue(unit);
            formBox.setValue(form);
        });
        robot.clickOn("#registrationCommitmentArea").write("Hoàn thành xuất sắc nhiệm vụ.", 0);
        robot.clickOn("#registrationSaveButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(dialogs.errors.isEmpty(), dialogs.errors::toString);
        TableView<RegistrationRow> table = robot.lookup("#registrationTable").queryTableView();
        assertEquals(1, table.getItems().size());
        RegistrationRow row = table.getItems().get(0);
        assertEquals(List.of(unit.name(), form.name(), "Hoàn thành xuất sắc nhiệm vụ."),
                List.of(row.registrant(), row.awardForm(), row.commitment()));
    }
}
