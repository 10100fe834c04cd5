package vn.thidua.bench;

import static vn.thidua.testsupport.StaffMemberBuilder.aStaffMember;
import static vn.thidua.testsupport.UnitBuilder.aUnit;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import vn.thidua.app.Services;
import vn.thidua.common.db.Jdbc;
import vn.thidua.common.ui.SameThreadExecutor;
import vn.thidua.eligibility.logic.EligibilityService;
import vn.thidua.eligibility.model.EligibilityQuery;
import vn.thidua.eligibility.model.EligibilityResult;
import vn.thidua.eligibility.model.Verdict;
import vn.thidua.organisation.gui.StaffView;
import vn.thidua.organisation.gui.StaffViewModel;
import vn.thidua.organisation.logic.DemoOffice;
import vn.thidua.organisation.logic.StaffRepository;
import vn.thidua.organisation.logic.UnitRepository;
import vn.thidua.organisation.logic.YearlyRecordRepository;
import vn.thidua.organisation.model.Rating;
import vn.thidua.testsupport.RecordingDialogs;

/**
 * The README's speed figures, measured on this machine: start-up to a usable window with the demo office against a
 * bare JavaFX window (separate JVMs, same class path and flags), and the staff table's filtering per keystroke with
 * 2,000 people; and the eligibility check of 500 nominations. Run with {@code mvn -Pbench -DskipTests verify}.
 * Headless (Monocle, software rendering) unless {@code -Dbench.display=true}, so it runs the same on a machine without
 * a screen.
 */
public final class Benchmarks {

    private static final int RUNS = 7;

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("thidua-bench");
        eligibilityBenchmark(work.resolve("eligibility"));
        if (List.of(args).contains("eligibility")) {
            return;
        }
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
            startup(all, jvmOptions.isEmpty() ? "plain java: the window in a JVM of its own" : String.join(" ", jvmOptions)
                    + ": the window in the same JVM", demo, work);
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
        System.out.printf("start-up (%s), launch to a drawn window with the demo office's overview, median of %d: "
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
        // A plain JVM hands the window to a JVM of its own and ends: wait for that one's report and its end too.
        String reportArgument = "-D" + "thidua.startupReport=" + report;
        List<ProcessHandle> window = ProcessHandle.allProcesses()
                .filter(h -> h.info().arguments().map(a -> List.of(a).contains(reportArgument)).orElse(false))
                .toList();
        for (int waited = 0; !Files.exists(report) && waited < 600; waited++) {
            Thread.sleep(100);
        }
        for (ProcessHandle h : window) {
            h.onExit().get(60, TimeUnit.SECONDS);
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

    /**
     * The eligibility check of 500 nominations (450 people, 50 units, every award, both legal bases) in an office
     * whose database holds 10 years of records: {@code checkAll} with its database reads, warm, median of the rounds.
     * Run alone with {@code Benchmarks eligibility}.
     */
    private static void eligibilityBenchmark(Path folder) throws Exception {
        try (Services services = Services.open(folder)) {
            List<EligibilityQuery> queries = services.database().inTransaction(c -> tenYearsOfRecords(c, new Random(42)));
            EligibilityService eligibility = services.eligibility();
            for (int i = 0; i < 5; i++) {
                eligibility.checkAll(queries);
            }
            List<Long> micros = new ArrayList<>();
            List<EligibilityResult> results = List.of();
            for (int i = 0; i < 15; i++) {
                long t0 = System.nanoTime();
                results = eligibility.checkAll(queries);
                micros.add((System.nanoTime() - t0) / 1000);
            }
            Map<Verdict, Long> verdicts = new EnumMap<>(Verdict.class);
            results.forEach(r -> verdicts.merge(r.verdict(), 1L, Long::sum));
            System.out.printf("eligibility, %d nominations against 10 years of records of 500 people in 50 units, "
                    + "checkAll with its database reads, warm, median of %d rounds: %.1f ms (fastest %.1f ms, slowest "
                    + "%.1f ms); verdicts %s%n", queries.size(), micros.size(), median(micros) / 1000.0,
                    Collections.min(micros) / 1000.0, Collections.max(micros) / 1000.0, verdicts);
        }
    }

    /** 50 units of 10 people with ratings, titles, innovations, a few disciplines and inspections, 2016 to 2025. */
    private static List<EligibilityQuery> tenYearsOfRecords(Connection c, Random random) throws SQLException {
        List<Long> units = new ArrayList<>();
        List<Long> people = new ArrayList<>();
        for (int u = 0; u < 50; u++) {
            long unitId = UnitRepository.save(c, aUnit().named("Phòng " + (u + 1)).build()).id();
            units.add(unitId);
            for (int p = 0; p < 10; p++) {
                people.add(StaffRepository.save(c, aStaffMember().named("Cán bộ " + u + "-" + p).inUnit(unitId)
                        .working(LocalDate.of(2010, 1, 1), null).build()).id());
            }
        }
        Map<String, Long> forms = YearlyRecordRepository.awardFormIds(c);
        Rating[] ratings = Rating.values();
        try (PreparedStatement year = c.prepareStatement("INSERT INTO staff_year (staff_id, record_year, rating, "
                + "pending_inspection) VALUES (?, ?, ?, ?)");
             PreparedStatement award = c.prepareStatement("INSERT INTO award (staff_id, award_form_id, award_year, "
                     + "origin, thematic) VALUES (?, ?, ?, ?, ?)");
             PreparedStatement innovation = c.prepareStatement("INSERT INTO innovation (staff_id, record_year, title, "
                     + "level) VALUES (?, ?, ?, ?)")) {
            for (long id : people) {
                for (int y = 2016; y <= 2025; y++) {
                    int roll = random.nextInt(100);
                    Rating rating = roll < 30 ? ratings[0] : roll < 85 ? ratings[1] : roll < 97 ? ratings[2] : ratings[3];
                    year.setLong(1, id);
                    year.setInt(2, y);
                    year.setString(3, rating.name());
                    year.setBoolean(4, random.nextInt(100) == 0);
                    year.addBatch();
                    if (rating.ordinal() <= 1) {
                        addAward(award, id, forms.get("LDTT"), y, false);
                    }
                    if (rating.ordinal() == 0 && random.nextBoolean()) {
                        addAward(award, id, forms.get("CSTD_CS"), y, false);
                    }
                    if (random.nextInt(20) == 0) {
                        addAward(award, id, forms.get("GK_SO"), y, true);
                    }
                    if (random.nextInt(5) == 0) {
                        innovation.setLong(1, id);
                        innovation.setInt(2, y);
                        innovation.setString(3, "Sáng kiến " + y);
                        innovation.setString(4, random.nextInt(5) == 0 ? "PROVINCE" : "BASE");
                        innovation.addBatch();
                    }
                }
                if (random.nextInt(50) == 0) {
                    Jdbc.update(c, "INSERT INTO discipline (staff_id, form, from_date) VALUES (?, 'REPRIMAND', ?)", id,
                            LocalDate.of(2016 + random.nextInt(10), 1 + random.nextInt(12), 1));
                }
            }
            year.executeBatch();
            award.executeBatch();
            innovation.executeBatch();
        }
        for (long unitId : units) {
            for (int y = 2016; y <= 2025; y++) {
                Jdbc.update(c, "INSERT INTO unit_year (unit_id, record_year, rating, task_completion) VALUES (?, ?, ?, ?)",
                        unitId, y, random.nextInt(3) == 0 ? "EXCELLENT" : "GOOD", 90 + random.nextInt(11));
            }
        }
        String[] individual = {"LDTT", "CSTD_CS", "CSTD_TINH", "BK_TINH", "GK_SO"};
        String[] collective = {"TT_LDTT", "TT_LDXS", "BK_TINH", "GK_SO", "CO_TD_TINH"};
        List<EligibilityQuery> queries = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            int year = i % 2 == 0 ? 2025 : 2024;
            LocalDate decided = i % 2 == 0 ? LocalDate.of(2026, 1, 20) : LocalDate.of(2025, 3, 15);
            EligibilityQuery q = i % 10 == 9
                    ? EligibilityQuery.forUnit(units.get(i / 10), collective[(i / 10) % collective.length], year, decided)
                    : EligibilityQuery.forStaff(people.get(i), individual[i % individual.length], year, decided);
            queries.add(i % 25 == 0 ? q.nonMerit() : q);
        }
        return queries;
    }

    private static void addAward(PreparedStatement award, long staffId, long formId, int year, boolean thematic)
            throws SQLException {
        award.setLong(1, staffId);
        award.setLong(2, formId);
        award.setInt(3, year);
        award.setString(4, thematic ? "DECISION" : "RECORD");
        award.setBoolean(5, thematic);
        award.addBatch();
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
