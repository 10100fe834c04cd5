package vn.thidua.common.ui;

import java.util.Objects;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.Callback;
import javafx.util.converter.DefaultStringConverter;

/**
 * A text cell of an editable table that keeps what was typed when the clerk leaves it (another cell, another
 * field, a button), not only on Enter; the plain text-field cell drops the typing then. Escape still drops it.
 */
public final class TextCell<S> extends TextFieldTableCell<S, String> {

    private TextField field;
    private boolean escaping;

    private TextCell() {
        super(new DefaultStringConverter());
    }

    public static <S> Callback<TableColumn<S, String>, TableCell<S, String>> forTableColumn() {
        return column -> new TextCell<>();
    }

    @Override
    public void startEdit() {
        super.startEdit();
        if (field == null && getGraphic() instanceof TextField created) {
            field = created;
            field.addEventFilter(KeyEvent.KEY_PRESSED, e -> escaping = e.getCode() == KeyCode.ESCAPE);
            field.focusedProperty().addListener((o, was, now) -> {
                if (!now && isEditing()) {
                    commitEdit(field.getText());
                }
            });
        }
        escaping = false;
    }

    /** The table ends an edit by cancelling it when another cell is chosen; that keeps the typing too. */
    @Override
    public void cancelEdit() {
        if (!escaping && isEditing() && field != null && !Objects.equals(field.getText(), getItem())) {
            commitEdit(field.getText());
            return;
        }
        escaping = false;
        super.cancelEdit();
    }
}
