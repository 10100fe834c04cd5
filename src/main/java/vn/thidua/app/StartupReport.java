package vn.thidua.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;

/**
 * For the start-up benchmark only: with {@code -Dthidua.startupReport=FILE}, once the first screen shows its data
 * and a frame has been drawn, writes the milliseconds since the program was launched (the first JVM's start, when the
 * window runs in a JVM of its own) to FILE and quits.
 */
final class StartupReport {

    static final String PROPERTY = "thidua.startupReport";

    private StartupReport() {
    }

    static void whenReady(ObservableBooleanValue ready) {
        String file = System.getProperty(PROPERTY);
        if (file == null) {
            return;
        }
        ready.addListener((o, was, now) -> {
            if (now) {
                afterNextFrame(() -> write(Path.of(file)));
            }
        });
    }

    /** Runs the action once the next frame has been rendered. */
    static void afterNextFrame(Runnable action) {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames == 2) {
                    stop();
                    action.run();
                }
            }
        }.start();
    }

    static void write(Path file) {
        long launchedAt = Long.getLong(WindowProcess.LAUNCHED_AT, ManagementFactory.getRuntimeMXBean().getStartTime());
        long elapsed = System.currentTimeMillis() - launchedAt;
        try {
            Files.writeString(file, Long.toString(elapsed), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Platform.exit();
    }
}
