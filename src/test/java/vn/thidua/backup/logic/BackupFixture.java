package vn.thidua.backup.logic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import vn.thidua.app.Demo;
import vn.thidua.app.Services;
import vn.thidua.common.db.Database;
import vn.thidua.common.db.Jdbc;

/** A data folder with the demo office and a few of the clerk's files, and ways to compare two states of it. */
final class BackupFixture {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private BackupFixture() {
    }

    private static Path template;

    /**
     * Fills {@code data} with the demo, an attachment, a template, a rule file and a certificate layout: a copy of
     * one such folder made once for all the tests of a run (the demo takes seconds to write).
     */
    static synchronized void demoFolder(Path data) throws IOException {
        if (template == null) {
            Path made = Files.createTempDirectory("thidua-backup-demo");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> Restore.deleteTree(made)));
            fill(made.resolve("data"));
            template = made.resolve("data");
        }
        Files.createDirectories(data);
        try (Stream<Path> walk = Files.walk(template)) {
            for (Path p : walk.toList()) {
                Path target = data.resolve(template.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().equals("thidua.lock")) {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static void fill(Path data) throws IOException {
        try (Services s = Services.open(data)) {
            Demo.fill(s.database(), TODAY);
        }
        write(data.resolve("attachments/ab/ab12.pdf"), "%PDF-1.4 giấy chứng nhận sáng kiến");
        write(data.resolve("templates/ke-hoach.docx"), "mẫu của văn thư");
        write(data.resolve("rules/152-2025-ND-CP.json"), "{\"code\":\"152\"}");
        write(data.resolve("certificates/mac-dinh.json"), "{\"name\":\"mặc định\"}");
    }

    static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** Every table of the schema with its number of rows. */
    static Map<String, Long> rowCounts(Database db) {
        return db.read(c -> {
            List<String> tables = Jdbc.list(c, """
                    SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES
                    WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'""", rs -> rs.getString(1));
            Map<String, Long> counts = new TreeMap<>();
            for (String t : tables) {
                counts.put(t, Jdbc.count(c, "SELECT COUNT(*) FROM \"" + t + "\""));
            }
            return counts;
        });
    }

    static Map<String, Long> rowCounts(Path data) {
        try (Services s = Services.open(data)) {
            return rowCounts(s.database());
        }
    }

    /** The data folder's files (not the backups, the lock or the database) with their contents. */
    static Map<String, String> files(Path data) throws IOException {
        Map<String, String> out = new TreeMap<>();
        for (String folder : BackupArchive.FOLDERS) {
            Path dir = data.resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path f : walk.filter(Files::isRegularFile).sorted(Comparator.naturalOrder()).toList()) {
                    out.put(data.relativize(f).toString(), Files.readString(f));
                }
            }
        }
        return out;
    }

    static long count(Path data, String sql) throws SQLException {
        try (Services s = Services.open(data)) {
            return s.database().read(c -> Jdbc.count(c, sql));
        }
    }
}
