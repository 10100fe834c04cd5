package vn.thidua.backup.logic;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Optional;
import org.h2.tools.ChangeFileEncryption;
import vn.thidua.backup.model.BackupKind;
import vn.thidua.common.db.DataFolder;
import vn.thidua.common.db.Database;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.i18n.UserException;

/**
 * Sets, changes or removes the password that encrypts the database file (H2's AES file encryption), with H2's
 * {@link ChangeFileEncryption} on the closed file: it rewrites the file in place, so a copy of the data is kept in
 * {@code backups/} first, and the result is opened with the new password before the change is reported done.
 * A backup of an encrypted database holds the encrypted file as it is: it opens only with the password the
 * database had when the backup was made.
 */
public final class Protection {

    private Protection() {
    }

    /**
     * @param current the password now (null when the file is not encrypted)
     * @param next    the new password (null: remove the protection)
     * @return the copy of the data kept before the change
     */
    public static Optional<Path> change(DataFolder folder, char[] current, char[] next, String programVersion,
                                        LocalDateTime now) {
        if (next != null && next.length == 0) {
            throw UserException.of("password.error.empty");
        }
        boolean encrypted = folder.isEncrypted();
        if (!encrypted && next == null) {
            throw UserException.of("password.error.notSet");
        }
        opens(folder, encrypted ? current : null);
        try {
            Optional<Path> copy = Restore.keepCopy(folder, BackupKind.BEFORE_PASSWORD, programVersion, now);
            ChangeFileEncryption.execute(folder.path().toString(), "thidua", "AES",
                    encrypted ? Database.fileKey(current) : null, next == null ? null : Database.fileKey(next), true);
            opens(folder, next);
            return copy;
        } catch (IOException | SQLException e) {
            throw new UserException(Messages.get("password.error.change", e.getMessage()), e);
        }
    }

    /** Opens and closes the database with the password; a wrong one throws the usual refusal. */
    private static void opens(DataFolder folder, char[] password) {
        Database db = Database.create(folder, password);
        try {
            db.migrate(null);
        } finally {
            db.close();
        }
    }
}
