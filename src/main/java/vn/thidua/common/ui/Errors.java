package vn.thidua.common.ui;

import vn.thidua.common.i18n.Messages;
import vn.thidua.common.i18n.UserException;

/** Turns a failure into a message the clerk can read. */
public final class Errors {

    private Errors() {
    }

    public static String message(Throwable e) {
        Throwable t = e;
        while (t != null) {
            if (t instanceof UserException) {
                return t.getMessage();
            }
            t = t.getCause();
        }
        return Messages.get("error.unexpected", String.valueOf(e));
    }
}
