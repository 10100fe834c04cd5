package vn.thidua.common.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import vn.thidua.common.i18n.Messages;

/**
 * An editor that works on a copy: Save writes it through the task executor, Cancel drops it, and the screen asks
 * before a new selection drops unsaved changes. Subclasses hold the fields, their validators and the write.
 */
public abstract class CopyEditor<T> {

    private final TaskExecutor executor;
    private final DialogService dialogs;
    protected final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    protected final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);
    private final Command save;
    private final Command cancel;
    private Consumer<T> onSaved = saved -> { };

    protected CopyEditor(TaskExecutor executor, DialogService dialogs) {
        this.executor = executor;
        this.dialogs = dialogs;
        save = new Command(this::save, valid.and(editing).and(saving.not()));
        cancel = new Command(this::close, editing.and(saving.not()));
    }

    /** Called once by the subclass's constructor with "no field has a problem". */
    protected final void bindValid(ObservableBooleanValue noProblem) {
        valid.bind(noProblem);
    }

    /** Takes the copy's values on the FX thread and returns the write, which runs on the worker thread. */
    protected abstract Callable<T> write();

    /** After a successful write, before the screen hears of it. */
    protected void saved(T value) {
    }

    /** A refused write the editor shows at its fields; false lets the error dialog tell it. */
    protected boolean failed(Throwable e) {
        return false;
    }

    /** True while the copy differs from what was loaded into the editor. */
    public abstract boolean hasUnsavedChanges();

    private void save() {
        Callable<T> work = write();
        saving.set(true);
        executor.submit(Messages.get("common.saving"), work, value -> {
            saving.set(false);
            editing.set(false);
            saved(value);
            onSaved.accept(value);
        }, e -> {
            saving.set(false);
            if (!failed(e)) {
                dialogs.showError(Errors.message(e));
            }
        });
    }

    /** Closes the editor and drops the copy. */
    public void close() {
        editing.set(false);
    }

    public void setOnSaved(Consumer<T> onSaved) {
        this.onSaved = onSaved;
    }

    public ReadOnlyBooleanProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public Command saveCommand() {
        return save;
    }

    public Command cancelCommand() {
        return cancel;
    }

    /** The first message that is not null, or null: the problem shown in words under the fields. */
    public static String firstOf(String... messages) {
        for (String m : messages) {
            if (m != null) {
                return m;
            }
        }
        return null;
    }
}
