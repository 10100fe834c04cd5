package vn.thidua.app;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A ViewModel the composition root builds the first time its screen is shown, so start-up pays only for the first
 * screen. Used on the FX thread only.
 */
final class Lazy<T> implements Supplier<T> {

    private Supplier<T> factory;
    private T value;

    Lazy(Supplier<T> factory) {
        this.factory = factory;
    }

    @Override
    public T get() {
        if (value == null) {
            value = factory.get();
            factory = null;
        }
        return value;
    }

    /** Runs the action on the value if it has been built; an unbuilt one will read fresh data when first shown. */
    void ifBuilt(Consumer<T> action) {
        if (value != null) {
            action.accept(value);
        }
    }
}
