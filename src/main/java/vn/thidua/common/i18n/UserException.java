package vn.thidua.common.i18n;

/** A problem the user can understand and act on; the message is already Vietnamese. */
public class UserException extends RuntimeException {

    public UserException(String message) {
        super(message);
    }

    public UserException(String message, Throwable cause) {
        super(message, cause);
    }

    public static UserException of(String key, Object... args) {
        return new UserException(Messages.get(key, args));
    }
}
