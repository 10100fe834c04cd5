package vn.thidua.bench;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import vn.thidua.common.document.DocxWriter;
import vn.thidua.common.document.Templates;
import vn.thidua.planimport.logic.ImportFixtures;
import vn.thidua.planimport.logic.PlanDrafts;
import vn.thidua.planimport.logic.PlanImportService;
import vn.thidua.planimport.model.PlanReading;
import vn.thidua.plans.logic.PlanDocument;
import vn.thidua.plans.logic.SamplePlans;

/**
 * Reading a plan from Word into a draft: a 10-page plan (demo plan 003 with its contents given twelve times over,
 * printed by the program's own writer: about 10 pages in LibreOffice) from the file to the draft record, the first
 * time in the JVM after the warm-up the review window runs while the clerk chooses the file (POI's classes and XML
 * schemas loading), and warm; then seed 001 the same way. Run with
 * {@code mvn -Pbench -DskipTests verify}, or on its own as a main class with the test class path. Target: under 1 s,
 * cold included.
 */
public final class PlanImportBenchmark {

    private static final int WARM_UP = 20;
    private static final int RUNS = 30;
    private static final int CONTENT_COPIES = 12;

    private PlanImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("thidua-import-bench");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxWriter(new Templates(work)).write(PlanDocument.of(SamplePlans.seed003Padded(CONTENT_COPIES),
                SamplePlans.agency(), SamplePlans.formNames()), Templates.DEFAULT, out);
        Path tenPages = work.resolve("ke-hoach-10-trang.docx");
        Files.write(tenPages, out.toByteArray());
        Path seed = work.resolve("seed-001.docx");
        Files.write(seed, ImportFixtures.bytes(ImportFixtures.SEED_001 + ".docx"));

        long warmUp = System.nanoTime();
        PlanImportService.warmUp();
        long warmUpTime = System.nanoTime() - warmUp;
        long cold = time(tenPages);
        List<Long> warm = new ArrayList<>();
        List<Long> seedRuns = new ArrayList<>();
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            long t = time(tenPages);
            long s = time(seed);
            if (i >= WARM_UP) {
                warm.add(t);
                seedRuns.add(s);
            }
        }
        PlanReading r = PlanImportService.read(tenPages);
        System.out.printf("plan import, a 10-page plan (%d paragraphs, %d characters, %d fields) from .docx to the draft: "
                        + "warm-up in a fresh JVM (what the review window does while the clerk chooses the file) %.0f ms, "
                        + "then the first reading %.0f ms; warm, median of %d: %.1f ms; seed 001 (3 pages) warm %.1f ms%n",
                r.document().paragraphs().size(), r.document().characters(), r.fields().size(), warmUpTime / 1e6,
                cold / 1e6, RUNS, median(warm) / 1e6, median(seedRuns) / 1e6);
    }

    private static long time(Path file) {
        long start = System.nanoTime();
        PlanReading reading = PlanImportService.read(file);
        PlanDrafts.draft(reading.fields(), ImportFixtures.office(), 2026);
        return System.nanoTime() - start;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
