package vn.thidua.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.LongFunction;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import vn.thidua.common.document.Block;
import vn.thidua.common.document.DocxWriter;
import vn.thidua.common.document.OfficialDocument;
import vn.thidua.common.document.Templates;
import vn.thidua.common.document.SamplePlan;
import vn.thidua.organisation.model.Agency;
import vn.thidua.plans.logic.PlanDocument;
import vn.thidua.plans.logic.SamplePlans;
import vn.thidua.plans.model.Plan;

/**
 * The Word writer on a plan of 120 body blocks (headings, paragraphs, "-" items; 8 pages), warm, against a
 * bare POI program that writes the same texts as paragraphs with direct formatting and no template. Run with
 * {@code mvn -Pbench -DskipTests verify} (after {@link Benchmarks}), or on its own as a main class with the test class
 * path. Target: under 300 ms warm and at most 1.5 times the bare program. Then the same for demo plan 003 from the
 * plan record to the file.
 */
public final class DocxBenchmark {

    private static final int WARM_UP = 100;
    private static final int RUNS = 200;
    private static final int BLOCKS = 120;
    private static final int PLAN_CONTENT_COPIES = 4;

    private DocxBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("thidua-docx-bench");
        DocxWriter writer = new DocxWriter(new Templates(work));
        OfficialDocument plan = SamplePlan.longPlan(BLOCKS);
        Path file = work.resolve("ke-hoach.docx");

        List<Long> toMemory = new ArrayList<>();
        List<Long> toFile = new ArrayList<>();
        List<Long> bare = new ArrayList<>();
        long firstInJvm = time(() -> writer.write(plan, Templates.DEFAULT, new ByteArrayOutputStream()));
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            long m = time(() -> writer.write(plan, Templates.DEFAULT, new ByteArrayOutputStream()));
            long f = time(() -> writer.write(plan, file));
            long b = time(() -> barePoi(plan, new ByteArrayOutputStream()));
            if (i >= WARM_UP) {
                toMemory.add(m);
                toFile.add(f);
                bare.add(b);
            }
        }
        System.out.printf("docx writer, a plan of %d body blocks (8 pages in LibreOffice), first in the JVM %.0f ms; warm, median of %d: "
                        + "to memory %.1f ms, to a file through a temp file %.1f ms; bare POI, same texts, no template "
                        + "or styles %.1f ms; ratio %.2f%n", BLOCKS, firstInJvm / 1e6, RUNS, median(toMemory) / 1e6,
                median(toFile) / 1e6, median(bare) / 1e6, (double) median(toMemory) / median(bare));
        planPath(writer, work);
    }

    /**
     * The whole path a clerk's "print the plan" takes: demo plan 003 (its contents given four times over: 6 pages in
     * LibreOffice) through {@link PlanDocument} to .docx, against bare POI writing the same paragraphs.
     */
    private static void planPath(DocxWriter writer, Path work) throws Exception {
        Plan plan = SamplePlans.seed003Padded(PLAN_CONTENT_COPIES);
        Agency agency = SamplePlans.agency();
        LongFunction<String> names = SamplePlans.formNames();
        Path file = work.resolve("ke-hoach-003.docx");
        List<Long> toMemory = new ArrayList<>();
        List<Long> toFile = new ArrayList<>();
        List<Long> bare = new ArrayList<>();
        long firstInJvm = time(() -> writer.write(PlanDocument.of(plan, agency, names), Templates.DEFAULT,
                new ByteArrayOutputStream()));
        OfficialDocument built = PlanDocument.of(plan, agency, names);
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            long m = time(() -> writer.write(PlanDocument.of(plan, agency, names), Templates.DEFAULT,
                    new ByteArrayOutputStream()));
            long f = time(() -> writer.write(PlanDocument.of(plan, agency, names), file));
            long b = time(() -> barePoi(built, new ByteArrayOutputStream()));
            if (i >= WARM_UP) {
                toMemory.add(m);
                toFile.add(f);
                bare.add(b);
            }
        }
        System.out.printf("plan 003 → PlanDocument → .docx, %d body blocks (6 pages in LibreOffice), first %.0f ms "
                        + "(after the writer's run above); warm, median of %d: to memory %.1f ms, to a file %.1f ms; bare "
                        + "POI, same paragraphs %.1f ms; ratio %.2f%n", built.body().size(), firstInJvm / 1e6, RUNS,
                median(toMemory) / 1e6, median(toFile) / 1e6, median(bare) / 1e6,
                (double) median(toMemory) / median(bare));
    }

    /** The same texts in a new document, each a paragraph with its font, size, alignment and indent set directly. */
    private static void barePoi(OfficialDocument plan, ByteArrayOutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            List<String> texts = new ArrayList<>(List.of(plan.header().parentAgency(), plan.header().agency(),
                    plan.header().numberLine(), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    plan.header().placeAndDate(), plan.type()));
            texts.addAll(plan.subject());
            for (Block block : plan.body()) {
                if (block instanceof Block.Heading h) {
                    texts.add(h.text());
                } else if (block instanceof Block.Paragraph p) {
                    texts.add(p.spans().get(0).text());
                } else if (block instanceof Block.Bullet b) {
                    texts.add("- " + b.text());
                }
            }
            texts.add("Nơi nhận:");
            texts.addAll(plan.recipients().lines());
            texts.addAll(plan.signature().authority());
            texts.add(plan.signature().name());
            for (String text : texts) {
                XWPFParagraph p = doc.createParagraph();
                p.setAlignment(ParagraphAlignment.BOTH);
                p.setIndentationFirstLine(720);
                p.setSpacingBefore(120);
                XWPFRun r = p.createRun();
                r.setFontFamily("Times New Roman");
                r.setFontSize(14);
                r.setText(text);
            }
            doc.write(out);
        }
    }

    @FunctionalInterface
    private interface Job {
        void run() throws Exception;
    }

    private static long time(Job job) throws Exception {
        long t0 = System.nanoTime();
        job.run();
        return System.nanoTime() - t0;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
