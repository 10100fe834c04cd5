package vn.thidua.plans.gui;

import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.thidua.common.ui.Command;

/**
 * The rows of one part of a plan (basis documents, targets, award offers, duties) with the selected row and the
 * commands add, remove, move up and move down. Rows are observed field by field so an edit in a row counts as a change.
 */
public class RowList<R extends RowList.Row> {

    /** A row whose fields can be watched. */
    public interface Row {
        Observable[] fields();
    }

    protected final ObservableList<R> items = FXCollections.observableArrayList(Row::fields);
    protected final ObjectProperty<R> selected = new SimpleObjectProperty<>();
    private final Supplier<R> factory;
    private final Command add;
    private final Command remove;
    private final Command up;
    private final Command down;

    public RowList(Supplier<R> factory, ObservableBooleanValue editable) {
        BooleanBinding isEditable = Bindings.createBooleanBinding(editable::get, editable);
        this.factory = factory;
        add = new Command(this::addRow, isEditable);
        remove = new Command(this::removeSelected, isEditable.and(selected.isNotNull()));
        up = new Command(this::moveUp, isEditable.and(Bindings.createBooleanBinding(this::canMoveUp, selected, items)));
        down = new Command(this::moveDown, isEditable.and(Bindings.createBooleanBinding(this::canMoveDown, selected, items)));
    }

    /** A new row just after the selected one (or at the end), selected. */
    protected void addRow() {
        R row = factory.get();
        items.add(selected.get() == null ? items.size() : items.indexOf(selected.get()) + 1, row);
        selected.set(row);
    }

    protected void removeSelected() {
        int i = items.indexOf(selected.get());
        items.remove(i);
        selected.set(items.isEmpty() ? null : items.get(Math.min(i, items.size() - 1)));
    }

    protected boolean canMoveUp() {
        return selected.get() != null && items.indexOf(selected.get()) > 0;
    }

    protected boolean canMoveDown() {
        int i = items.indexOf(selected.get());
        return selected.get() != null && i >= 0 && i < items.size() - 1;
    }

    protected void moveUp() {
        R row = selected.get();
        int i = items.indexOf(row);
        items.remove(i);
        items.add(i - 1, row);
        selected.set(row);
    }

    protected void moveDown() {
        R row = selected.get();
        int i = items.indexOf(row);
        items.remove(i);
        items.add(i + 1, row);
        selected.set(row);
    }

    public ObservableList<R> items() {
        return items;
    }

    public ObjectProperty<R> selectedProperty() {
        return selected;
    }

    public Command addCommand() {
        return add;
    }

    public Command removeCommand() {
        return remove;
    }

    public Command upCommand() {
        return up;
    }

    public Command downCommand() {
        return down;
    }
}
