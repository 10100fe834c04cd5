package vn.thidua.common.db;

import java.sql.SQLException;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.i18n.UserException;

/** A database failure, worded for the user; the cause keeps the details. */
public class DatabaseException extends UserException {

    public DatabaseException(SQLException cause) {
        super(Messages.get("data.sqlError", cause.getMessage()), cause);
    }
}
