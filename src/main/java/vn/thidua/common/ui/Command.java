package vn.thidua.common.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.value.ObservableBooleanValue;

/** An action of a screen with the condition under which it may run; buttons and menu items share it. */
public final class Command {

    private final Runnable action;
    private final BooleanExpression executable;

    public Command(Runnable action, ObservableBooleanValue executable) {
        this.action = action;
        this.executable = BooleanExpression.booleanExpression(executable);
    }

    public Command(Runnable action) {
        this(action, Bindings.createBooleanBinding(() -> true));
    }

    public BooleanExpression executableProperty() {
        return executable;
    }

    public boolean isExecutable() {
        return executable.get();
    }

    /** Runs the action if it may run now. */
    public void execute() {
        if (executable.get()) {
            action.run();
        }
    }
}
