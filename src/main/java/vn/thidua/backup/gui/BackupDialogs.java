package vn.thidua.backup.gui;

import java.nio.file.Path;
import java.util.Optional;

/** The questions the backup screen asks beyond the common dialogs; tests stand in for it. */
public interface BackupDialogs {

    /** A new password (twice, the same) and, when the data has one, the current one; an empty new one removes it. */
    record PasswordChange(char[] current, char[] next) {
    }

    Optional<Path> chooseBackupToSave(String suggestedName);

    Optional<Path> chooseBackupToOpen();

    /** Empty when the clerk cancels. */
    Optional<PasswordChange> askPasswordChange(boolean protectedNow);
}
