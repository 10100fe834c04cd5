package vn.thidua.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The baseline of the start-up benchmark: an empty JavaFX window, timed like ThiĐua's (JVM start to a drawn frame). */
public final class BareWindow {

    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window itself; the launcher class must not extend Application to start from the class path. */
    public static final class Window extends Application {
    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 1280, 760));
        stage.setTitle("bare");
        stage.show();
        Path report = Path.of(getParameters().getRaw().get(0));
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames == 2) {
                    stop();
                    long elapsed = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                    try {
                        Files.writeString(report, Long.toString(elapsed));
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    Platform.exit();
                }
            }
        }.start();
    }
    }
}
