package vn.thidua.common.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** One background thread for the program's jobs, so writes keep their order; results return on the FX thread. */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "thidua-worker");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private int running;

    @Override
    public <T> void submit(String description, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        started(description);
        executor.submit(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> {
                    finished();
                    onSuccess.accept(result);
                });
            } catch (Throwable e) {
                Platform.runLater(() -> {
                    finished();
                    onFailure.accept(e);
                });
            }
        });
    }

    private void started(String description) {
        running++;
        busy.set(true);
        message.set(description);
    }

    private void finished() {
        running--;
        if (running == 0) {
            busy.set(false);
            message.set("");
        }
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    @Override
    public void close() {
        executor.shutdown();
    }
}
