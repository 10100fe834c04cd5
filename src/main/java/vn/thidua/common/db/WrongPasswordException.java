package vn.thidua.common.db;

import java.sql.SQLException;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.i18n.UserException;

/** The file is encrypted and the password given (or none) does not open it. */
public class WrongPasswordException extends UserException {

    public WrongPasswordException(SQLException cause) {
        super(Messages.get("data.wrongPassword"), cause);
    }
}
