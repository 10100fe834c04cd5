package vn.thidua.backup.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
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
import vn.thidua.app.Services;
import vn.thidua.backup.model.BackupInfo;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.ui.SameThreadExecutor;
import vn.thidua.organisation.logic.DemoOffice;
import vn.thidua.testsupport.RecordingDialogs;

/** The clerk sees the kept backups and backs up to a USB stick. */
@ExtendWith(ApplicationExtension.class)
class BackupScreenTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 17, 0);

    @TempDir
    static Path folder;

    private Services services;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private Path usb;

    @Start
    void start(Stage stage) {
        services = Services.open(folder.resolve("data-" + System.nanoTime()));
        DemoOffice.fill(services.database());
        services.backups().automatic(NOW.minusDays(1));
        usb = folder.resolve("usb-" + System.nanoTime()).resolve("sao-luu.tdbak");
        BackupDialogs choose = new BackupDialogs() {
            @Override
            public Optional<Path> chooseBackupToSave(String suggestedName) {
                return Optional.of(usb);
            }

            @Override
            public Optional<Path> chooseBackupToOpen() {
                return Optional.empty();
            }

            @Override
            public Optional<PasswordChange> askPasswordChange(boolean protectedNow) {
                return Optional.empty();
            }
        };
        BackupViewModel model = new BackupViewModel(new BackupViewModel.Sources(services.backups(), services.folder(),
                services.database(), "test", null), new SameThreadExecutor(), dialogs, choose, () -> NOW, () -> { });
        stage.setScene(new Scene(new BackupView(model).root(), 1280, 760));
        stage.show();
        model.load();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void theKeptBackupsAreListedAndBackUpNowWritesTheChosenFile(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        TableView<BackupInfo> table = robot.lookup("#backupTable").queryTableView();
        assertEquals(List.of("22/11/2026 17:00 Tự động"), table.getItems().stream()
                .map(b -> BackupViewModel.row(b).get(0) + " " + BackupViewModel.row(b).get(1)).toList());
        assertTrue(robot.lookup("#restoreSelectedButton").queryButton().isDisabled(), "nothing chosen yet");
        assertEquals(Messages.get("backup.notProtected"), robot.lookup("#protectionLabel").queryAs(Label.class).getText());

        robot.clickOn("#backUpNowButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Files.isRegularFile(usb));
        assertEquals(List.of(Messages.get("backup.done", usb)), dialogs.infos);

        robot.clickOn("22/11/2026 17:00");
        assertTrue(!robot.lookup("#restoreSelectedButton").queryButton().isDisabled());
    }
}
