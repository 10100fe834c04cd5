package vn.thidua.organisation.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
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
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.ui.SameThreadExecutor;
import vn.thidua.organisation.gui.AgencyViewModel.SignerRow;
import vn.thidua.organisation.logic.DemoOffice;
import vn.thidua.organisation.model.Signer;
import vn.thidua.testsupport.RecordingDialogs;

/** The clerk corrects the agency's name and a signer, saves, and finds both again after a reload. */
@ExtendWith(ApplicationExtension.class)
class AgencyScreenTest {

    @TempDir
    static Path folder;

    private Services services;
    private Stage stage;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        services = Services.open(folder.resolve("data-" + System.nanoTime()));
        DemoOffice.fill(services.database());
        stage.setScene(new Scene(screen(), 1280, 760));
        stage.show();
    }

    /** A fresh ViewModel and View on the same data, loaded. */
    private Parent screen() {
        AgencyViewModel model = new AgencyViewModel(services.agency(), () -> DemoOffice.fill(services.database()), new SameThreadExecutor(),
                dialogs, () -> LocalDate.of(2026, 11, 23), () -> { });
        AgencyView view = new AgencyView(model);
        model.load();
        return view.root();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void theEditedNameAndSignerAreSavedAndShownAfterAReload(FxRobot robot) {
        long deputyId = services.agency().signers().get(1).id();
        robot.clickOn("#nameField").push(KeyCode.CONTROL, KeyCode.A).write("Sở Ngoại vụ tỉnh Lạng Sơn", 0);
        robot.doubleClickOn(robot.lookup("#signerTable .table-cell").match(LabeledMatchers.hasText("Tô Thị Trang"))
                .queryLabeled());
        robot.write("Tô Thị Thu Trang", 0);
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(dialogs.errors.isEmpty(), () -> dialogs.errors.toString());
        assertEquals(List.of(Messages.get("common.saved")), dialogs.infos);
        assertEquals("Sở Ngoại vụ tỉnh Lạng Sơn", services.agency().agency().orElseThrow().name());

        robot.interact(() -> stage.getScene().setRoot(screen()));

        assertEquals("Sở Ngoại vụ tỉnh Lạng Sơn", robot.lookup("#nameField").queryTextInputControl().getText());
        TableView<SignerRow> signers = robot.lookup("#signerTable").queryTableView();
        assertEquals(List.of("Trịnh Tuyết Mai", "Tô Thị Thu Trang", "Hoàng Văn Long"),
                signers.getItems().stream().map(r -> r.fullNameProperty().get()).toList());
        assertEquals(List.of("Trịnh Tuyết Mai", "Tô Thị Thu Trang", "Hoàng Văn Long"),
                services.agency().signers().stream().filter(Signer::active).map(Signer::fullName).toList());
        assertEquals(deputyId, services.agency().signers().get(1).id(), "the signer keeps their id");
    }
}
