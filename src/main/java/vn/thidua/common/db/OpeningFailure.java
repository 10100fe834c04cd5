package vn.thidua.common.db;

import java.nio.file.Files;
import java.sql.SQLException;
import java.util.Set;
import org.h2.api.ErrorCode;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.i18n.UserException;

/** Why H2 refused to open the data folder's file, in the clerk's words: damaged, wrong password, or else. */
final class OpeningFailure {

    /** H2's codes for a file it cannot read as a database: corrupted, cut short, or of an unknown format. */
    private static final Set<Integer> DAMAGE = Set.of(ErrorCode.FILE_CORRUPTED_1, ErrorCode.IO_EXCEPTION_1,
            ErrorCode.IO_EXCEPTION_2, ErrorCode.FILE_VERSION_ERROR_1, ErrorCode.GENERAL_ERROR_1);

    private OpeningFailure() {
    }

    static UserException of(DataFolder folder, boolean encrypted, SQLException e) {
        int code = e.getErrorCode();
        if (encrypted && (code == ErrorCode.FILE_ENCRYPTION_ERROR_1 || code == ErrorCode.WRONG_PASSWORD_FORMAT
                || code == ErrorCode.WRONG_USER_OR_PASSWORD)) {
            return new WrongPasswordException(e);
        }
        if (DAMAGE.contains(code) && Files.isRegularFile(folder.databaseFile())) {
            return new DamagedDatabaseException(folder.databaseFile(), e);
        }
        return new UserException(Messages.get("data.cannotOpen", folder.path(), e.getMessage()), e);
    }
}
