package vn.thidua.common.db;

import java.nio.file.Path;
import java.sql.SQLException;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.i18n.UserException;

/** The database file is there but H2 cannot read it: the window and the command line offer the latest backup. */
public class DamagedDatabaseException extends UserException {

    public DamagedDatabaseException(Path file, SQLException cause) {
        super(Messages.get("data.damaged", file), cause);
    }
}
