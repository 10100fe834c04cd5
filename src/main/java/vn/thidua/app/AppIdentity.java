package vn.thidua.app;

import java.util.List;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The program's version (from the jar's manifest, i.e. the pom) and its icon (installer/icons/thidua.svg). */
final class AppIdentity {

    private static final List<Integer> ICON_SIZES = List.of(16, 32, 48, 256);

    private AppIdentity() {
    }

    /** The version the jar was built with, or "dev" when running from the classes (tests, an IDE). */
    static String version() {
        String version = AppIdentity.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    /**
     * Gives the window the program's icon in every size the system may ask for, decoded in the background: the window
     * need not wait for them (a dozen milliseconds of start-up).
     */
    static void setIcons(Stage stage) {
        for (int size : ICON_SIZES) {
            stage.getIcons().add(new Image(AppIdentity.class.getResource("icon-" + size + ".png").toExternalForm(), true));
        }
    }
}
