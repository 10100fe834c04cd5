package vn.thidua.bench;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.time.LocalDate;
import java.util.Random;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.thidua.app.Services;
import vn.thidua.common.db.Jdbc;
import vn.thidua.organisation.logic.DemoOffice;
import vn.thidua.common.ui.DialogService;
import vn.thidua.common.ui.SameThreadExecutor;
import vn.thidua.register.gui.RegisterViewModel;
import vn.thidua.register.logic.AwardRegister;
import vn.thidua.register.logic.RegisterWorkbooks;
import vn.thidua.register.model.AwardEntry;

/**
 * The award register with 100,000 entries: reading it into the search index, then the first page (50 entries) of an
 * accent-free search, per query, warm; the heap the index holds; the heap with the register screen's ViewModel loaded;
 * and 10,000 rows exported to .xlsx against a bare POI streaming program writing the same cells. Run with {@code mvn -Pbench -DskipTests verify}
 * or on its own as a main class with the test class path.
 */
public final class RegisterBenchmark {

    private static final int ENTRIES = 100_000;
    private static final int EXPORTED = 10_000;
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
            index = null;
            screen(s);
            export(register.index().entries().subList(0, EXPORTED), dir);
        }
    }

    /** The register screen's ViewModel with the whole register loaded and its first page shown: the heap it holds. */
    private static void screen(Services s) {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long before = rt.totalMemory() - rt.freeMemory();
        RegisterViewModel model = new RegisterViewModel(new RegisterViewModel.Sources(s.register(), s.units(), s.staff(),
                s.catalogue(), s.agency(), s.database()), new SameThreadExecutor(), new Silent(), LocalDate::now);
        long t0 = System.nanoTime();
        model.load();
        double load = (System.nanoTime() - t0) / 1e6;
        for (int warm = 0; warm < 10; warm++) {
            for (String q : QUERIES) {
                model.searchProperty().set(q);
            }
        }
        List<Double> times = new ArrayList<>();
        for (int round = 0; round < 10; round++) {
            for (String q : QUERIES) {
                long t1 = System.nanoTime();
                model.searchProperty().set(q);
                times.add((System.nanoTime() - t1) / 1e6);
            }
        }
        double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        model.searchProperty().set("nguyen thi giay khen");
        System.gc();
        long after = rt.totalMemory() - rt.freeMemory();
        System.out.printf("register screen's data: loaded in %.0f ms; a keystroke's search (every entry matched, the "
                + "totals, the first page of %d) median %.1f ms, 95th percentile %.1f ms, max %.1f ms; heap after GC %d MB "
                + "(the screen's share %d MB), max heap %d MB%n", load, RegisterViewModel.PAGE_SIZE,
                sorted[sorted.length / 2], sorted[(int) (sorted.length * 0.95)], sorted[sorted.length - 1],
                after / (1024 * 1024),
                (after - before) / (1024 * 1024), rt.maxMemory() / (1024 * 1024));
        if (model.rows().isEmpty()) {
            throw new IllegalStateException("nothing found");
        }
    }

    /** 10,000 register rows to .xlsx through RegisterWorkbooks, against bare POI SXSSF writing the same cells. */
    private static void export(List<AwardEntry> entries, Path dir) throws Exception {
        Path ours = dir.resolve("ours.xlsx");
        Path bare = dir.resolve("bare.xlsx");
        for (int warm = 0; warm < 3; warm++) {
            RegisterWorkbooks.register(entries, null, "2000-2025", ours);
            bare(entries, bare);
        }
        List<Double> a = new ArrayList<>();
        List<Double> b = new ArrayList<>();
        for (int round = 0; round < 7; round++) {
            long t0 = System.nanoTime();
            RegisterWorkbooks.register(entries, null, "2000-2025", ours);
            a.add((System.nanoTime() - t0) / 1e6);
            long t1 = System.nanoTime();
            bare(entries, bare);
            b.add((System.nanoTime() - t1) / 1e6);
        }
        double oursMedian = a.stream().sorted().toList().get(a.size() / 2);
        double bareMedian = b.stream().sorted().toList().get(b.size() / 2);
        System.out.printf("register export of %d rows to .xlsx: %.0f ms (%d KB); bare POI SXSSF with the same cells "
                + "%.0f ms (%d KB); ratio %.2f%n", entries.size(), oursMedian, Files.size(ours) / 1024, bareMedian,
                Files.size(bare) / 1024, oursMedian / bareMedian);
    }

    /** The same cells with SXSSF and nothing else: no styles, titles, totals or print setup, written in place. */
    private static void bare(List<AwardEntry> entries, Path file) throws Exception {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
            wb.setCompressTempFiles(false);
            Sheet sheet = wb.createSheet("Sổ khen thưởng");
            int r = 0;
            for (AwardEntry e : entries) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(r);
                row.createCell(1).setCellValue(e.recipient());
                row.createCell(2).setCellValue(e.unitName() == null ? "" : e.unitName());
                row.createCell(3).setCellValue(e.awardName());
                row.createCell(4).setCellValue(e.year());
                row.createCell(5).setCellValue(e.decisionNumber() == null ? "" : e.decisionNumber());
                Cell date = row.createCell(6);
                if (e.decisionDate() != null) {
                    date.setCellValue(e.decisionDate());
                }
                row.createCell(7).setCellValue(e.issuer() == null ? "" : e.issuer());
                row.createCell(8).setCellValue(e.goldenBookNo() == null ? "" : e.goldenBookNo());
                Cell prize = row.createCell(9);
                if (e.prize() != null) {
                    prize.setCellValue(e.prize());
                }
                row.createCell(10).setCellValue(e.thematic() ? "x" : "");
                row.createCell(11).setCellValue(e.origin().name());
            }
            wb.write(out);
            wb.dispose();
        }
    }

    /** Dialogs nobody answers: the benchmark opens none. */
    private static final class Silent implements DialogService {
        @Override
        public void showError(String message) {
            throw new IllegalStateException(message);
        }

        @Override
        public void showInfo(String message) {
        }

        @Override
        public boolean confirm(String title, String message) {
            return false;
        }

        @Override
        public java.util.Optional<Path> chooseSpreadsheetToOpen() {
            return java.util.Optional.empty();
        }

        @Override
        public java.util.Optional<Path> chooseSpreadsheetToSave(String suggestedName) {
            return java.util.Optional.empty();
        }

        @Override
        public java.util.Optional<Path> chooseDocumentToSave(String suggestedName) {
            return java.util.Optional.empty();
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
