package vn.thidua.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import vn.thidua.app.Services;
import vn.thidua.common.ui.SameThreadExecutor;
import vn.thidua.organisation.gui.StaffView;
import vn.thidua.organisation.gui.StaffViewModel;
import vn.thidua.organisation.logic.DemoOffice;
import vn.thidua.testsupport.RecordingDialogs;

/**
 * The README's speed figures, measured on this machine: start-up to a usable window with the demo office against a
 * bare JavaFX window (separate JVMs, same class path and flags), and the staff table's filtering per keystroke with
 * 2,000 people. Run with {@code mvn -Pbench -DskipTests verify}. Headless (Monocle, software rendering) unless
 * {@code -Dbench.display=true}, so it runs the same on a machine without a screen.
 */
public final class Benchmarks {

    private static final int RUNS = 5;

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("thidua-bench");
        Path demo = work.resolve("demo");
        try (Services s = Services.open(demo)) {
            DemoOffice.fill(s.database());
        }
        List<String> flags = new ArrayList<>();
        if (!Boolean.getBoolean("bench.display")) {
            flags.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw"));
        }
        for (List<String> jvmOptions : List.of(List.<String>of(), List.of("-XX:TieredStopAtLevel=1"))) {
            List<String> all = new ArrayList<>(flags);
            all.addAll(jvmOptions);
            startup(all, jvmOptions.isEmpty() ? "plain java" : String.join(" ", jvmOptions), demo, work);
        }

        filterBenchmark(work.resolve("big"));
        Platform.exit();
    }

    private static void startup(List<String> flags, String label, Path demo, Path work) throws Exception {
        List<Long> app = new ArrayList<>();
        List<Long> bare = new ArrayList<>();
        run(flags, List.of("vn.thidua.bench.BareWindow"), work, true);
        run(flags, List.of("vn.thidua.app.Main", "--data", demo.toString()), work, false);
        for (int i = 0; i < RUNS; i++) {
            bare.add(run(flags, List.of("vn.thidua.bench.BareWindow"), work, true));
            app.add(run(flags, List.of("vn.thidua.app.Main", "--data", demo.toString()), work, false));
        }
        long appMedian = median(app);
        long bareMedian = median(bare);
        System.out.printf("start-up (%s), JVM start to a drawn window with the demo office's staff list, median of %d: "
                + "ThiĐua %d ms, bare JavaFX window %d ms, ratio %.1f%n", label, RUNS, appMedian, bareMedian,
                (double) appMedian / bareMedian);
        System.out.println("  ThiĐua runs: " + app + "  bare runs: " + bare);
    }

    /** Starts a child JVM and returns the milliseconds it reported. */
    private static long run(List<String> flags, List<String> mainAndArgs, Path work, boolean reportAsArgument)
            throws Exception {
        Path report = Files.createTempFile(work, "startup", ".txt");
        Files.delete(report);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.addAll(flags);
        if (!reportAsArgument) {
            command.add("-Dthidua.startupReport=" + report);
        }
        command.addAll(mainAndArgs);
        if (reportAsArgument) {
            command.add(report.toString());
        }
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(new File(work.toFile(), "child.log"))
                .start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("timed out: " + mainAndArgs);
        }
        if (!Files.exists(report)) {
            throw new IllegalStateException("no report from " + mainAndArgs + ", see " + work.resolve("child.log"));
        }
        return Long.parseLong(Files.readString(report).strip());
    }

    private static void filterBenchmark(Path folder) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        Services services = Services.open(folder);
        DemoOffice.fill(services.database(), 2000 - 41);
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        CompletableFuture<List<Long>> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                StaffViewModel model = new StaffViewModel(services.staff(), services.units(), services.agency(),
                        services.database(), new SameThreadExecutor(), new RecordingDialogs(), LocalDate::now);
                StaffView view = new StaffView(model);
                Stage stage = new Stage();
                stage.setScene(new Scene(view.root(), 1280, 760));
                stage.show();
                model.load();
                Parent root = view.root();
                // The table with its 2,000 people is laid out once, as the first frame does before anyone can type.
                root.applyCss();
                root.layout();
                TextField search = (TextField) root.lookup("#searchField");
                List<Long> times = new ArrayList<>();
                for (int round = 0; round < 3; round++) {
                    for (String query : List.of("nguyen thi hoa", "dang van", "phong lanh su chuyen vien")) {
                        for (int i = 1; i <= query.length(); i++) {
                            times.add(keystroke(search, root, query.substring(0, i)));
                        }
                        for (int i = query.length() - 1; i >= 0; i--) {
                            times.add(keystroke(search, root, query.substring(0, i)));
                        }
                    }
                }
                System.out.println("  people in the table: " + model.visibleRows().size());
                result.complete(times);
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        List<Long> micros = result.get(5, TimeUnit.MINUTES);
        int firstRound = micros.size() / 3;
        report("first round, just after start-up", micros.subList(0, firstRound));
        report("later rounds", micros.subList(firstRound, micros.size()));
        services.close();
    }

    private static void report(String label, List<Long> micros) {
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        System.out.printf("staff filter, 2,000 people, %s: %d keystrokes (text change, filter, CSS and layout of the "
                        + "table): median %.1f ms, 95th percentile %.1f ms, max %.1f ms%n", label, sorted.size(),
                median(sorted) / 1000.0, sorted.get((int) (sorted.size() * 0.95)) / 1000.0,
                sorted.get(sorted.size() - 1) / 1000.0);
    }

    /** One keystroke's work on the FX thread, in microseconds. */
    private static long keystroke(TextField search, Parent root, String text) {
        long t0 = System.nanoTime();
        search.setText(text);
        root.applyCss();
        root.layout();
        return (System.nanoTime() - t0) / 1000;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
