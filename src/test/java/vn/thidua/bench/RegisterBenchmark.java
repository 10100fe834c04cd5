package vn.thidua.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.thidua.app.Services;
import vn.thidua.common.db.Jdbc;
import vn.thidua.organisation.logic.DemoOffice;
import vn.thidua.register.logic.AwardRegister;

/**
 * The award register with 100,000 entries: reading it into the search index, then the first page (50 entries) of an
 * accent-free search, per query, warm; and the heap the index holds. Run with {@code mvn -Pbench -DskipTests verify}
 * or on its own as a main class with the test class path.
 */
public final class RegisterBenchmark {

    private static final int ENTRIES = 100_000;
    private static final String[] QUERIES = {"nguyen thi", "chien si 2019", "giay khen ls-qlbg", "lao dong tien tien 2024",
        "hoang van", "bang khen", "tran 2021", "qd-sngv 2015", "phong lanh su", "thi dua co so nguyen"};

    private RegisterBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("thidua-register-bench");
        try (Services s = Services.open(dir.resolve("data"))) {
            DemoOffice.fill(s.database(), 2000);
            fill(s);
            AwardRegister register = s.register();
            long t0 = System.nanoTime();
            AwardRegister.Index index = register.index();
            double load = (System.nanoTime() - t0) / 1e6;
            for (int warm = 0; warm < 20; warm++) {
                for (String q : QUERIES) {
                    index.search(q, 0, 50);
                }
            }
            List<Double> times = new ArrayList<>();
            for (int round = 0; round < 20; round++) {
                for (String q : QUERIES) {
                    long start = System.nanoTime();
                    index.search(q, 0, 50);
                    times.add((System.nanoTime() - start) / 1e6);
                }
            }
            double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            Runtime rt = Runtime.getRuntime();
            System.gc();
            long heap = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
            System.out.printf("register of %d entries: index read in %.0f ms; first page of a search median %.2f ms, "
                    + "95th percentile %.2f ms, max %.2f ms; heap after GC with the index held %d MB%n", index.size(), load,
                    sorted[sorted.length / 2], sorted[(int) (sorted.length * 0.95)], sorted[sorted.length - 1], heap);
        }
    }

    private static void fill(Services s) {
        s.database().inTransaction(c -> {
            List<Long> staff = Jdbc.list(c, "SELECT id FROM staff", rs -> rs.getLong(1));
            List<Long> units = Jdbc.list(c, "SELECT id FROM unit", rs -> rs.getLong(1));
            List<Long> personForms = Jdbc.list(c, "SELECT id FROM award_form WHERE for_individual", rs -> rs.getLong(1));
            List<Long> unitForms = Jdbc.list(c, "SELECT id FROM award_form WHERE for_collective", rs -> rs.getLong(1));
            Random random = new Random(7);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO award (staff_id, unit_id, award_form_id, award_year, "
                    + "origin, decision_number, issuer, golden_book_no, prize_amount) VALUES (?, ?, ?, ?, 'IMPORTED', ?, ?, ?, ?)")) {
                for (int i = 0; i < ENTRIES; i++) {
                    boolean unit = random.nextInt(10) == 0;
                    ps.setObject(1, unit ? null : staff.get(random.nextInt(staff.size())));
                    ps.setObject(2, unit ? units.get(random.nextInt(units.size())) : null);
                    ps.setLong(3, (unit ? unitForms : personForms).get(random.nextInt((unit ? unitForms : personForms).size())));
                    int year = 2000 + random.nextInt(26);
                    ps.setInt(4, year);
                    ps.setString(5, (1 + random.nextInt(300)) + "/QĐ-SNgV");
                    ps.setString(6, "Giám đốc Sở Ngoại vụ");
                    ps.setString(7, String.valueOf(1 + i % 500));
                    ps.setLong(8, 710_000L);
                    ps.addBatch();
                    if (i % 5000 == 4999) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            return null;
        });
    }
}
