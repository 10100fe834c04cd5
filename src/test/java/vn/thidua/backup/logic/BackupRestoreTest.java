package vn.thidua.backup.logic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.Services;
import vn.thidua.backup.model.BackupKind;
import vn.thidua.backup.model.BackupManifest;
import vn.thidua.common.db.DataFolder;
import vn.thidua.common.db.Database;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.i18n.UserException;

/** A backup of the demo office restores every row and file; a bad backup is refused and changes nothing. */
class BackupRestoreTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 17, 5, 1);

    @TempDir
    Path dir;

    @Test
    void aBackupRestoresEveryTableAndEveryFileOfTheDemoOffice() throws Exception {
        Path data = dir.resolve("data");
        BackupFixture.demoFolder(data);
        Map<String, Long> rows = BackupFixture.rowCounts(data);
        Map<String, String> files = BackupFixture.files(data);
        Path backup = dir.resolve("usb/sao-luu.tdbak");
        BackupManifest manifest;
        try (Services s = Services.open(data)) {
            manifest = s.backups().backUpTo(backup, BackupKind.MANUAL, NOW);
        }
        assertEquals(Database.SCHEMA_VERSION, manifest.schemaVersion());
        assertEquals(5, manifest.files().size(), "the database and four files");

        try (Services s = Services.open(data)) {
            s.database().inTransaction(c -> c.createStatement().executeUpdate("DELETE FROM unit_year"));
        }
        Files.delete(data.resolve("attachments/ab/ab12.pdf"));
        BackupFixture.write(data.resolve("templates/moi.docx"), "made after the backup");

        Restore.Result result;
        try (DataFolder folder = DataFolder.open(data)) {
            result = Restore.restore(folder, backup, "test", NOW.plusHours(1));
        }
        assertEquals(rows, BackupFixture.rowCounts(data));
        assertTrue(rows.values().stream().mapToLong(Long::longValue).sum() > 100, "the demo has data");
        assertEquals(files, BackupFixture.files(data));
        assertTrue(result.copyOfPrevious().isPresent());
        assertEquals(List.of(BackupKind.BEFORE_RESTORE), Backups.list(data.resolve("backups")).stream()
                .map(b -> b.kind()).toList());
        try (ZipFile copy = new ZipFile(result.copyOfPrevious().get().toFile())) {
            assertTrue(copy.getEntry("files/templates/moi.docx") != null, "the replaced data is kept");
        }
        assertFalse(Files.list(data).anyMatch(p -> p.getFileName().toString().startsWith(".restore")));
    }

    @Test
    void aBackupFromANewerProgramIsRefusedAndNothingChanges() throws Exception {
        Path data = dir.resolve("data");
        BackupFixture.demoFolder(data);
        Path backup = dir.resolve("b.tdbak");
        try (Services s = Services.open(data)) {
            s.backups().backUpTo(backup, BackupKind.MANUAL, NOW);
        }
        Path newer = dir.resolve("newer.tdbak");
        rewriteManifest(backup, newer, m -> new BackupManifest(m.formatVersion(), "9.0.0",
                Database.SCHEMA_VERSION + 1, m.createdAt(), m.kind(), m.encrypted(), m.files()));
        assertRefusedUnchanged(data, newer, Messages.get("backup.error.newerProgram", "newer.tdbak", "9.0.0"));
        Path newerFormat = dir.resolve("format.tdbak");
        rewriteManifest(backup, newerFormat, m -> new BackupManifest(2, "9.0.0", m.schemaVersion(), m.createdAt(),
                m.kind(), m.encrypted(), m.files()));
        assertRefusedUnchanged(data, newerFormat, Messages.get("backup.error.newerProgram", "format.tdbak", "9.0.0"));
    }

    @Test
    void aFileThatIsNotABackupIsRefusedAndNothingChanges() throws Exception {
        Path data = dir.resolve("data");
        BackupFixture.demoFolder(data);
        Path text = dir.resolve("ghi-chu.tdbak");
        Files.writeString(text, "không phải tệp sao lưu");
        assertRefusedUnchanged(data, text, Messages.get("backup.error.notBackup", "ghi-chu.tdbak"));
        Path otherZip = dir.resolve("other.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(otherZip))) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        assertRefusedUnchanged(data, otherZip, Messages.get("backup.error.notBackup", "other.zip"));
    }

    @Test
    void aTruncatedBackupOrAWrongChecksumIsRefusedAndNothingChanges() throws Exception {
        Path data = dir.resolve("data");
        BackupFixture.demoFolder(data);
        Path backup = dir.resolve("b.tdbak");
        try (Services s = Services.open(data)) {
            s.backups().backUpTo(backup, BackupKind.MANUAL, NOW);
        }
        byte[] bytes = Files.readAllBytes(backup);
        Path truncated = dir.resolve("cut.tdbak");
        Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertRefusedUnchanged(data, truncated, Messages.get("backup.error.notBackup", "cut.tdbak"));

        Path wrongSum = dir.resolve("sum.tdbak");
        rewriteManifest(backup, wrongSum, m -> new BackupManifest(m.formatVersion(), m.programVersion(),
                m.schemaVersion(), m.createdAt(), m.kind(), m.encrypted(), m.files().stream()
                .map(e -> e.path().equals(BackupManifest.DATABASE)
                        ? new vn.thidua.backup.model.BackupEntry(e.path(), e.size(), "00" + e.sha256().substring(2))
                        : e).toList()));
        assertRefusedUnchanged(data, wrongSum, Messages.get("backup.error.damaged", "sum.tdbak",
                BackupManifest.DATABASE));
    }

    @Test
    void automaticBackupsAreMadeWhenDueAndListedNewestFirst() throws Exception {
        Path data = dir.resolve("data");
        BackupFixture.demoFolder(data);
        try (Services s = Services.open(data)) {
            Backups backups = s.backups();
            assertTrue(backups.automaticDue(NOW));
            backups.automatic(NOW);
            assertFalse(backups.automaticDue(NOW.plusHours(23)));
            assertTrue(backups.automaticDue(NOW.plusHours(24)));
            backups.automatic(NOW.plusHours(2));
            assertEquals(List.of(NOW.plusHours(2)), backups.list().stream().map(b -> b.createdAt()).toList(),
                    "one automatic backup a day: the newest");
            BackupArchive.check(backups.list().get(0).file(), Database.SCHEMA_VERSION);
        }
    }

    private void assertRefusedUnchanged(Path data, Path backup, String message) throws IOException {
        Map<String, Long> rows = BackupFixture.rowCounts(data);
        Map<String, String> files = BackupFixture.files(data);
        byte[] database = Files.readAllBytes(data.resolve("thidua.mv.db"));
        UserException e;
        try (DataFolder folder = DataFolder.open(data)) {
            e = assertThrows(UserException.class, () -> Restore.restore(folder, backup, "test", NOW));
        }
        assertEquals(message, e.getMessage());
        assertArrayEquals(database, Files.readAllBytes(data.resolve("thidua.mv.db")));
        assertEquals(rows, BackupFixture.rowCounts(data));
        assertEquals(files, BackupFixture.files(data));
        assertEquals(List.of(), Backups.list(data.resolve("backups")), "no copy needed: nothing was replaced");
    }

    /** Copies a backup with its manifest changed (the other entries as they are). */
    static void rewriteManifest(Path source, Path target, java.util.function.UnaryOperator<BackupManifest> change)
            throws IOException {
        try (ZipFile in = new ZipFile(source.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry e : in.stream().toList()) {
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(BackupArchive.MANIFEST)) {
                    BackupManifest m = BackupArchive.JSON.readValue(in.getInputStream(e), BackupManifest.class);
                    out.write(BackupArchive.JSON.writeValueAsBytes(change.apply(m)));
                } else {
                    try (var data = in.getInputStream(e)) {
                        data.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
    }

    static void copy(Path source, OutputStream out) throws IOException {
        Files.copy(source, out);
    }
}
