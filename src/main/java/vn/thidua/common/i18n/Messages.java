package vn.thidua.common.i18n;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import vn.thidua.common.text.VietText;

/** The one resource bundle of user-facing text. Arguments are inserted as text, never formatted as numbers. */
public final class Messages {

    public static final String BUNDLE = "vn.thidua.messages";

    private static final ResourceBundle RESOURCES = ResourceBundle.getBundle(BUNDLE, VietText.VIETNAMESE);

    private Messages() {
    }

    public static ResourceBundle bundle() {
        return RESOURCES;
    }

    public static String get(String key, Object... args) {
        String pattern = RESOURCES.getString(key);
        if (args.length == 0) {
            return pattern;
        }
        Object[] texts = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = args[i] == null ? "" : String.valueOf(args[i]);
        }
        return new MessageFormat(pattern.replace("'", "''"), VietText.VIETNAMESE).format(texts);
    }

    /** Label of an enum constant: key "enum.SimpleName.CONSTANT". */
    public static String label(Enum<?> value) {
        return value == null ? "" : get("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }
}
