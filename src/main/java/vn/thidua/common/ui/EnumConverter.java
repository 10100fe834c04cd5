package vn.thidua.common.ui;

import javafx.util.StringConverter;
import vn.thidua.common.i18n.Messages;

/** Shows an enum constant by its label in the bundle. */
public final class EnumConverter<E extends Enum<E>> extends StringConverter<E> {

    private final Class<E> type;
    private final String empty;

    public EnumConverter(Class<E> type, String emptyText) {
        this.type = type;
        this.empty = emptyText;
    }

    public EnumConverter(Class<E> type) {
        this(type, "");
    }

    @Override
    public String toString(E value) {
        return value == null ? empty : Messages.label(value);
    }

    @Override
    public E fromString(String text) {
        for (E e : type.getEnumConstants()) {
            if (Messages.label(e).equals(text)) {
                return e;
            }
        }
        return null;
    }
}
