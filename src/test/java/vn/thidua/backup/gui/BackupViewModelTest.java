package vn.thidua.backup.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.Services;
import vn.thidua.backup.model.BackupKind;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.ui.SameThreadExecutor;
import vn.thidua.organisation.logic.DemoOffice;
import vn.thidua.testsupport.RecordingDialogs;

/** The backup screen's flows with the real services and stand-in dialogs. */
class BackupViewModelTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 17, 0);

    @TempDir
    Path dir;

    private Services services;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final AtomicInteger exits = new AtomicInteger();
    private Path chosen;
    private BackupDialogs.PasswordChange passwords;

    @BeforeEach
    void open() {
        services = Services.open(dir.resolve("data"));
        DemoOffice.fill(services.database());
    }

    @AfterEach
    void close() {
        services.close();
    }

    private BackupViewModel model() {
        BackupDialogs backupDialogs = new BackupDialogs() {
            @Override
            public Optional<Path> chooseBackupToSave(String suggestedName) {
                return Optional.ofNullable(chosen);
            }

            @Override
            public Optional<Path> chooseBackupToOpen() {
                return Optional.ofNullable(chosen);
            }

            @Override
            public Optional<PasswordChange> askPasswordChange(boolean protectedNow) {
                return Optional.ofNullable(passwords);
            }
        };
        return new BackupViewModel(new BackupViewModel.Sources(services.backups(), services.folder(),
                services.database(), "test", null), new SameThreadExecutor(), dialogs, backupDialogs, () -> NOW,
                exits::incrementAndGet);
    }

    @Test
    void backUpNowWritesTheChosenFileAndListsTheKeptBackups() {
        services.backups().automatic(NOW.minusDays(1));
        BackupViewModel model = model();
        model.load();
        assertEquals(List.of(BackupKind.AUTOMATIC), model.backups().stream().map(b -> b.kind()).toList());
        chosen = dir.resolve("usb/sao-luu.tdbak");
        model.backUpNowCommand().execute();
        assertTrue(Files.isRegularFile(chosen));
        assertEquals(List.of(Messages.get("backup.done", chosen)), dialogs.infos);
        assertEquals(List.of(), dialogs.errors);
        assertEquals(0, exits.get());
    }

    @Test
    void aFileThatIsNotABackupIsRefusedBeforeAnythingCloses() throws Exception {
        chosen = Files.writeString(dir.resolve("ghi-chu.tdbak"), "không phải");
        model().restoreFileCommand().execute();
        assertEquals(List.of(Messages.get("backup.error.notBackup", "ghi-chu.tdbak")), dialogs.errors);
        assertEquals(List.of(), dialogs.confirmations);
        assertTrue(services.database().isOpen());
        assertEquals(0, exits.get());
    }

    @Test
    void restoringAsksClosesTheDatabaseRestoresAndClosesTheProgram() {
        chosen = dir.resolve("b.tdbak");
        services.backups().backUpTo(chosen, BackupKind.MANUAL, NOW.minusHours(1));
        dialogs.answering(false, true);
        BackupViewModel model = model();
        model.restoreFileCommand().execute();
        assertTrue(services.database().isOpen(), "the clerk said no");
        model.restoreFileCommand().execute();
        assertFalse(services.database().isOpen());
        assertEquals(1, exits.get());
        assertEquals(1, dialogs.infos.size());
        assertTrue(dialogs.infos.get(0).endsWith(Messages.get("backup.restart")));
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void anEmptyPasswordIsRefusedAndANewOneEncryptsTheFileAfterACopyIsKept() {
        passwords = new BackupDialogs.PasswordChange(new char[0], new char[0]);
        model().changePasswordCommand().execute();
        assertEquals(List.of(Messages.get("password.error.empty")), dialogs.errors);
        passwords = new BackupDialogs.PasswordChange(new char[0], "bí mật".toCharArray());
        dialogs.answering(true);
        model().changePasswordCommand().execute();
        assertEquals(1, exits.get());
        assertTrue(services.folder().isEncrypted());
        assertEquals(LocalDate.of(2026, 11, 23), services.backups().list().get(0).createdAt().toLocalDate());
        assertEquals(BackupKind.BEFORE_PASSWORD, services.backups().list().get(0).kind());
    }
}
