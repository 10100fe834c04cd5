package vn.thidua.bench;

import static vn.thidua.testsupport.StaffMemberBuilder.aStaffMember;
import static vn.thidua.testsupport.UnitBuilder.aUnit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Random;
import vn.thidua.app.Demo;
import vn.thidua.app.Services;
import vn.thidua.backup.logic.Restore;
import vn.thidua.backup.model.BackupKind;
import vn.thidua.common.db.DataFolder;
import vn.thidua.organisation.logic.StaffRepository;
import vn.thidua.organisation.logic.UnitRepository;

/**
 * Backup and restore times and sizes: the demo office, and a large one (the demo plus 100 units of 10 people with
 * ten years of yearly records, and 500 scanned attachments of 300 KB that do not compress). Run as a main class with
 * the test class path; {@code args[0]} is a scratch folder.
 */
public final class BackupBenchmark {

    private BackupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path scratch = Path.of(args[0]);
        measure("demo", scratch.resolve("demo"), false);
        measure("large", scratch.resolve("large"), true);
    }

    private static void measure(String name, Path data, boolean large) throws Exception {
        try (Services s = Services.open(data)) {
            Demo.fill(s.database(), LocalDate.of(2026, 11, 23));
            if (large) {
                grow(s, data);
            }
        }
        Path file = data.resolveSibling(name + ".tdbak");
        long dbBytes = Files.size(data.resolve("thidua.mv.db"));
        long started = System.nanoTime();
        try (Services s = Services.open(data)) {
            long t = System.nanoTime();
            s.backups().backUpTo(file, BackupKind.MANUAL, LocalDateTime.now());
            started = System.nanoTime() - (t - started);
            System.out.printf("%s: database %.1f MB, backup %.1f MB in %d ms%n", name, dbBytes / 1048576.0,
                    Files.size(file) / 1048576.0, (System.nanoTime() - t) / 1_000_000);
        }
        long t = System.nanoTime();
        try (DataFolder folder = DataFolder.open(data)) {
            Restore.restore(folder, file, "bench", LocalDateTime.now());
        }
        long restore = (System.nanoTime() - t) / 1_000_000;
        t = System.nanoTime();
        try (Services s = Services.open(data)) {
            System.out.printf("%s: restore (check, keep a copy, replace) %d ms; reopen %d ms; %d people%n", name,
                    restore, (System.nanoTime() - t) / 1_000_000, s.staff().all().size());
        }
    }

    private static void grow(Services s, Path data) throws Exception {
        Random random = new Random(1);
        s.database().inTransaction(c -> {
            try (PreparedStatement year = c.prepareStatement("INSERT INTO staff_year (staff_id, record_year, rating) "
                    + "VALUES (?, ?, 'EXCELLENT')")) {
                for (int u = 0; u < 100; u++) {
                    long unit = UnitRepository.save(c, aUnit().named("Phòng lớn " + u).build()).id();
                    for (int p = 0; p < 10; p++) {
                        long id = StaffRepository.save(c, aStaffMember().named("Cán bộ " + u + "-" + p).inUnit(unit)
                                .working(LocalDate.of(2010, 1, 1), null).build()).id();
                        for (int y = 2016; y <= 2025; y++) {
                            year.setLong(1, id);
                            year.setInt(2, y);
                            year.addBatch();
                        }
                    }
                }
                year.executeBatch();
            }
            return null;
        });
        byte[] scan = new byte[300 * 1024];
        for (int i = 0; i < 500; i++) {
            random.nextBytes(scan);
            Path file = data.resolve("attachments").resolve(String.format("%02x", i % 256)).resolve("scan-" + i + ".pdf");
            Files.createDirectories(file.getParent());
            Files.write(file, scan);
        }
    }
}
