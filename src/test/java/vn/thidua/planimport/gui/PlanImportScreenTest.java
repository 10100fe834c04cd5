package vn.thidua.planimport.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
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
import vn.thidua.planimport.gui.PlanImportViewModel.FieldRow;
import vn.thidua.planimport.logic.ImportFixtures;
import vn.thidua.planimport.model.FieldKind;
import vn.thidua.planimport.model.ReadParagraph;
import vn.thidua.testsupport.RecordingDialogs;

/** The clerk opens a plan's Word file, checks a field against its source line, corrects it and saves the draft. */
@ExtendWith(ApplicationExtension.class)
class PlanImportScreenTest {

    @TempDir
    static Path folder;

    private Services services;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private Path file;

    @Start
    void start(Stage stage) throws Exception {
        services = Services.open(folder.resolve("data-" + System.nanoTime()));
        file = folder.resolve("ke-hoach-" + System.nanoTime() + ".docx");
        Files.write(file, ImportFixtures.bytes(ImportFixtures.SEED_001 + ".docx"));
        PlanImportViewModel model = new PlanImportViewModel(services.planImport(), new SameThreadExecutor(), dialogs,
                () -> Optional.of(file), () -> { });
        stage.setScene(new Scene(new PlanImportView(model).root(), 1280, 760));
        stage.show();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void opensAFileShowsTheSourceOfAFieldTakesACorrectionAndSaves(FxRobot robot) {
        assertTrue(robot.lookup("#saveButton").queryButton().isDisabled());
        robot.clickOn("#openButton");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<FieldRow> table = robot.lookup("#fieldTable").queryAs(TableView.class);
        assertFalse(table.getItems().isEmpty());
        int row = 0;
        while (table.getItems().get(row).field().kind() != FieldKind.PERIOD) {
            row++;
        }
        int chosen = row;
        robot.interact(() -> {
            table.getSelectionModel().select(chosen);
            table.scrollTo(chosen);
        });
        WaitForAsyncUtils.waitForFxEvents();
        ListView<ReadParagraph> text = robot.lookup("#paragraphList").queryAs(ListView.class);
        assertEquals("Thời gian thi đua từ tháng 5/2025 đến hết tháng 10/2025.",
                text.getSelectionModel().getSelectedItem().text(), "the period's source line is selected in the text");

        robot.clickOn("#valueArea");
        robot.interact(() -> robot.lookup("#valueArea").queryTextInputControl().clear());
        robot.write("Từ tháng 6/2025 đến hết tháng 11/2025", 0);
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, services.plans().all().size());
        var plan = services.plans().get(services.plans().all().get(0).id());
        assertEquals(java.time.LocalDate.of(2025, 6, 1), plan.period().start());
        assertEquals(java.time.LocalDate.of(2025, 11, 30), plan.period().end());
        assertEquals("Trịnh Tuyết Mai", plan.signer().fullName());
        assertEquals(1, dialogs.infos.size());
        assertTrue(robot.lookup("#saveButton").queryButton().isDisabled(), "saved once");
    }
}
