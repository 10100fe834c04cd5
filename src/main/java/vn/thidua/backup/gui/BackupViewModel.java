package vn.thidua.backup.gui;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.thidua.backup.logic.BackupArchive;
import vn.thidua.backup.logic.Backups;
import vn.thidua.backup.logic.Protection;
import vn.thidua.backup.logic.Restore;
import vn.thidua.backup.model.BackupInfo;
import vn.thidua.backup.model.BackupKind;
import vn.thidua.backup.model.BackupManifest;
import vn.thidua.common.db.DataFolder;
import vn.thidua.common.db.Database;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.ui.Command;
import vn.thidua.common.ui.DialogService;
import vn.thidua.common.ui.TaskExecutor;

/**
 * The backup screen: the backups kept in the data folder, "Sao lưu ngay…", "Khôi phục…" and "Đặt mật khẩu…".
 *
 * <p>A restore or a password change replaces the database file, so the open database is closed first, and the
 * program then closes and the clerk starts it again (told so before and after). Reopening in place would need
 * every screen's loaded rows and every service to be rebuilt; closing the program is the one flow in which no
 * screen can show or write data of the file that was replaced. The file is checked before anything is closed,
 * so a bad file costs nothing.
 */
public class BackupViewModel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter FILE_DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    /** What the screen works on: the backups, the data folder and its open database. */
    public record Sources(Backups backups, DataFolder folder, Database database, String programVersion,
                          char[] passwordAtStart) {
    }

    private final Sources sources;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final BackupDialogs backupDialogs;
    private final Supplier<LocalDateTime> clock;
    private final Runnable exit;
    private final ObservableList<BackupInfo> backups = FXCollections.observableArrayList();
    private final ObjectProperty<BackupInfo> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper encrypted = new ReadOnlyBooleanWrapper();
    private final Command backUpNow;
    private final Command restoreFile;
    private final Command restoreSelected;
    private final Command changePassword;

    public BackupViewModel(Sources sources, TaskExecutor executor, DialogService dialogs, BackupDialogs backupDialogs,
                           Supplier<LocalDateTime> clock, Runnable exit) {
        this.sources = sources;
        this.executor = executor;
        this.dialogs = dialogs;
        this.backupDialogs = backupDialogs;
        this.clock = clock;
        this.exit = exit;
        this.backUpNow = new Command(this::backUpNow, working.not());
        this.restoreFile = new Command(() -> backupDialogs.chooseBackupToOpen().ifPresent(this::restore),
                working.not());
        this.restoreSelected = new Command(() -> restore(selected.get().file()),
                working.not().and(selected.isNotNull()));
        this.changePassword = new Command(this::changePassword, working.not());
    }

    public void load() {
        encrypted.set(sources.database().encrypted());
        executor.submit(Messages.get("backup.loading"), () -> sources.backups().list(), backups::setAll,
                e -> dialogs.showError(Messages.get("backup.error.loadList", e.getMessage())));
    }

    private void backUpNow() {
        String name = "ThiDua-sao-luu-" + FILE_DAY.format(clock.get()) + Backups.EXTENSION;
        Optional<Path> target = backupDialogs.chooseBackupToSave(name);
        if (target.isEmpty()) {
            return;
        }
        working.set(true);
        executor.submit(Messages.get("backup.working"),
                () -> sources.backups().backUpTo(target.get(), BackupKind.MANUAL, clock.get()),
                manifest -> {
                    working.set(false);
                    dialogs.showInfo(Messages.get(manifest.encrypted() ? "backup.done.encrypted" : "backup.done",
                            target.get()));
                },
                e -> {
                    working.set(false);
                    dialogs.showError(e.getMessage());
                });
    }

    /** Checks the file, asks, then closes the database, restores and closes the program. */
    void restore(Path file) {
        working.set(true);
        executor.submit(Messages.get("backup.checking"), () -> BackupArchive.check(file, Database.SCHEMA_VERSION),
                manifest -> {
                    working.set(false);
                    if (dialogs.confirm(Messages.get("backup.restore.title"), restoreQuestion(manifest))) {
                        replace(Messages.get("backup.restoring"), () -> {
                            Restore.Result r = Restore.restore(sources.folder(), file, sources.programVersion(),
                                    clock.get());
                            return r.copyOfPrevious().map(p -> Messages.get("backup.restore.done", p))
                                    .orElse(Messages.get("backup.restore.doneNoCopy"));
                        });
                    }
                },
                e -> {
                    working.set(false);
                    dialogs.showError(e.getMessage());
                });
    }

    private static String restoreQuestion(BackupManifest m) {
        String question = Messages.get("backup.restore.question", TIME.format(m.createdAt()));
        return m.encrypted() ? question + "\n\n" + Messages.get("backup.restore.encrypted") : question;
    }

    private void changePassword() {
        boolean protectedNow = sources.database().encrypted();
        Optional<BackupDialogs.PasswordChange> change = backupDialogs.askPasswordChange(protectedNow);
        if (change.isEmpty()) {
            return;
        }
        char[] current = change.get().current();
        char[] next = change.get().next() == null || change.get().next().length == 0 ? null : change.get().next();
        if (protectedNow && !Arrays.equals(current, sources.passwordAtStart())) {
            dialogs.showError(Messages.get("data.wrongPassword"));
            return;
        }
        if (!protectedNow && next == null) {
            dialogs.showError(Messages.get("password.error.empty"));
            return;
        }
        String question = Messages.get(next == null ? "password.remove.question" : "password.set.question");
        if (!dialogs.confirm(Messages.get("password.title"), question)) {
            return;
        }
        replace(Messages.get("password.working"), () -> {
            Protection.change(sources.folder(), protectedNow ? current : null, next, sources.programVersion(),
                    clock.get());
            return Messages.get(next == null ? "password.removed" : "password.done");
        });
    }

    /** Closes the database, runs the replacement, says what happened and closes the program either way. */
    private void replace(String description, java.util.concurrent.Callable<String> work) {
        working.set(true);
        executor.submit(description, () -> {
            sources.database().close();
            return work.call();
        }, message -> {
            dialogs.showInfo(message + "\n\n" + Messages.get("backup.restart"));
            exit.run();
        }, e -> {
            dialogs.showError(e.getMessage() + "\n\n" + Messages.get("backup.restart"));
            exit.run();
        });
    }

    public ObservableList<BackupInfo> backups() {
        return backups;
    }

    public ObjectProperty<BackupInfo> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty encryptedProperty() {
        return encrypted.getReadOnlyProperty();
    }

    public String folderText() {
        return Messages.get("backup.folder", sources.backups().folder());
    }

    public Command backUpNowCommand() {
        return backUpNow;
    }

    public Command restoreFileCommand() {
        return restoreFile;
    }

    public Command restoreSelectedCommand() {
        return restoreSelected;
    }

    public Command changePasswordCommand() {
        return changePassword;
    }

    /** How a backup shows in the list. */
    public static List<String> row(BackupInfo b) {
        return List.of(TIME.format(b.createdAt()), Messages.label(b.kind()),
                vn.thidua.backup.logic.Sizes.megabytes(b.sizeBytes()));
    }
}
