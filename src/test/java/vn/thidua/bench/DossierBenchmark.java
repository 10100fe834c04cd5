package vn.thidua.bench;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import vn.thidua.app.Services;
import vn.thidua.common.document.OfficialDocument;
import vn.thidua.testsupport.NominationFixture;

/**
 * A whole movement's dossier for 30 nominees (3 collectives, 27 people, voted on by the council): the petitions, the
 * minutes, the summary and 30 achievement reports in one .docx, from the database to the file, warm. Run with
 * {@code mvn -Pbench -DskipTests verify}, or on its own as a main class with the test class path. Target: under 3 s.
 */
public final class DossierBenchmark {

    private static final int WARM_UP = 5;
    private static final int RUNS = 15;

    private DossierBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("thidua-dossier-bench");
        try (Services s = Services.open(work.resolve("data"))) {
            NominationFixture f = NominationFixture.create(s, 3, 27, true);
            long plan = f.plan.id();
            Path file = work.resolve("ho-so.docx");
            long first = time(() -> s.nominationPrinter().printPlanDossier(plan, NominationFixture.TODAY, file));
            List<Long> toFile = new ArrayList<>();
            List<Long> build = new ArrayList<>();
            List<Long> write = new ArrayList<>();
            int documents = 0;
            for (int i = 0; i < WARM_UP + RUNS; i++) {
                long f1 = time(() -> s.nominationPrinter().printPlanDossier(plan, NominationFixture.TODAY, file));
                long t0 = System.nanoTime();
                List<OfficialDocument> docs = s.nominationPrinter().planDossier(plan, NominationFixture.TODAY);
                long t1 = System.nanoTime();
                s.documents().writeAll(docs, new ByteArrayOutputStream());
                long t2 = System.nanoTime();
                documents = docs.size();
                if (i >= WARM_UP) {
                    toFile.add(f1);
                    build.add(t1 - t0);
                    write.add(t2 - t1);
                }
            }
            System.out.printf("whole-movement dossier, 30 nominees (%d documents, %d KB), first in the JVM %.0f ms; warm, "
                            + "median of %d: database to file %.0f ms (reading and building the documents %.0f ms, "
                            + "writing the .docx to memory %.0f ms); target < 3000 ms%n", documents,
                    Files.size(file) / 1024, first / 1e6, RUNS, median(toFile) / 1e6, median(build) / 1e6,
                    median(write) / 1e6);
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
