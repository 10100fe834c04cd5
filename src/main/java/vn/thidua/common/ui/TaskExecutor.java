package vn.thidua.common.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/** Runs database, file and document work off the FX thread; callbacks come back on the FX thread. */
public interface TaskExecutor {

    <T> void submit(String description, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** True while any job runs; the status bar shows it. */
    ReadOnlyBooleanProperty busyProperty();

    /** What is running now, for the status bar. */
    ReadOnlyStringProperty messageProperty();
}
