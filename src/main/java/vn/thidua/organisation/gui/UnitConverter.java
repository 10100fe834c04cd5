package vn.thidua.organisation.gui;

import javafx.util.StringConverter;
import vn.thidua.organisation.model.Unit;

/** Shows a unit by its name in choice boxes; null shows the given text ("Tất cả đơn vị"). */
public final class UnitConverter extends StringConverter<Unit> {

    private final String emptyText;

    private UnitConverter(String emptyText) {
        this.emptyText = emptyText;
    }

    public static UnitConverter withEmptyText(String emptyText) {
        return new UnitConverter(emptyText);
    }

    @Override
    public String toString(Unit unit) {
        return unit == null ? emptyText : unit.name();
    }

    @Override
    public Unit fromString(String text) {
        return null;
    }
}
