package vn.thidua.app;

import java.util.function.Supplier;
import javafx.scene.Parent;

/** One area of the navigation side bar; its screen is built the first time it is shown. */
record Section(String id, String titleKey, Supplier<Parent> screen, Runnable onShow) {
}
