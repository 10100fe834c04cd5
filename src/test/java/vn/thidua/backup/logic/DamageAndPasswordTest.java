package vn.thidua.backup.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.Services;
import vn.thidua.backup.model.BackupKind;
import vn.thidua.backup.model.BackupManifest;
import vn.thidua.common.db.DamagedDatabaseException;
import vn.thidua.common.db.DataFolder;
import vn.thidua.common.db.WrongPasswordException;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.i18n.UserException;

/** A damaged file is told apart and the latest good backup offered; a password protects the file. */
class DamageAndPasswordTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 17, 5, 1);

    @TempDir
    Path dir;

    @Test
    void aDamagedDatabaseIsToldApartAndTheLatestGoodBackupRestoresIt() throws Exception {
        Path data = dir.resolve("data");
        BackupFixture.demoFolder(data);
        Map<String, Long> rows = BackupFixture.rowCounts(data);
        try (Services s = Services.open(data)) {
            s.backups().automatic(NOW.minusDays(2));
            s.backups().automatic(NOW.minusDays(1));
        }
        Files.writeString(data.resolve("backups").resolve(Backups.fileName(NOW, BackupKind.AUTOMATIC)), "cut short");
        byte[] bytes = Files.readAllBytes(data.resolve("thidua.mv.db"));
        Random random = new Random(7);
        for (int i = 0; i < bytes.length; i += 5) {
            bytes[i] = (byte) random.nextInt();
        }
        Files.write(data.resolve("thidua.mv.db"), bytes);

        DamagedDatabaseException e = assertThrows(DamagedDatabaseException.class, () -> Services.open(data));
        assertEquals(Messages.get("data.damaged", data.toAbsolutePath().resolve("thidua.mv.db")), e.getMessage());

        try (DataFolder folder = DataFolder.open(data)) {
            var latest = Restore.latestGood(folder).orElseThrow();
            assertEquals(NOW.minusDays(1), latest.createdAt(), "the newest one is not a backup: the one before");
            Restore.Result result = Restore.restore(folder, latest.file(), "test", NOW);
            try (var copy = new java.util.zip.ZipFile(result.copyOfPrevious().orElseThrow().toFile())) {
                assertTrue(copy.getEntry(BackupManifest.DATABASE).getSize() == bytes.length, "the damaged file is kept");
            }
        }
        assertEquals(rows, BackupFixture.rowCounts(data));
    }

    @Test
    void aFileWhoseChunksAreAllBrokenIsDamagedNotANewEmptyDatabase() throws Exception {
        Path data = dir.resolve("data");
        BackupFixture.demoFolder(data);
        byte[] bytes = Files.readAllBytes(data.resolve("thidua.mv.db"));
        // both file headers (the first 8 KB) intact, every chunk after them broken: H2 then opens an empty store
        for (int i = 8192; i < bytes.length; i += 3) {
            bytes[i] ^= 0x5A;
        }
        Files.write(data.resolve("thidua.mv.db"), bytes);

        assertThrows(DamagedDatabaseException.class, () -> Services.open(data));
        assertThrows(DamagedDatabaseException.class, () -> Services.open(data),
                "still damaged at the second start: no empty schema was made in its place");
    }

    @Test
    void aPasswordEncryptsTheFileAndIsAskedForChangedAndRemoved() throws Exception {
        Path data = dir.resolve("data");
        BackupFixture.demoFolder(data);
        Map<String, Long> rows = BackupFixture.rowCounts(data);
        byte[] plain = Files.readAllBytes(data.resolve("thidua.mv.db"));
        assertTrue(new String(plain, java.nio.charset.StandardCharsets.UTF_8).contains("flyway_schema_history"));

        try (DataFolder folder = DataFolder.open(data)) {
            assertTrue(Protection.change(folder, null, "mật khẩu 1".toCharArray(), "test", NOW).isPresent());
            assertTrue(folder.isEncrypted());
        }
        byte[] encrypted = Files.readAllBytes(data.resolve("thidua.mv.db"));
        assertFalse(new String(encrypted, java.nio.charset.StandardCharsets.ISO_8859_1).contains("flyway_schema_history"));
        assertThrows(WrongPasswordException.class, () -> Services.open(data));
        WrongPasswordException wrong = assertThrows(WrongPasswordException.class,
                () -> Services.open(data, "sai".toCharArray()));
        assertEquals(Messages.get("data.wrongPassword"), wrong.getMessage());
        try (Services s = Services.open(data, "mật khẩu 1".toCharArray())) {
            assertEquals(rows, BackupFixture.rowCounts(s.database()));
            BackupManifest m = s.backups().backUpTo(dir.resolve("enc.tdbak"), BackupKind.MANUAL, NOW);
            assertTrue(m.encrypted(), "a backup of an encrypted database stays encrypted");
        }

        try (DataFolder folder = DataFolder.open(data)) {
            assertThrows(WrongPasswordException.class,
                    () -> Protection.change(folder, "sai".toCharArray(), "mới".toCharArray(), "test", NOW));
            Protection.change(folder, "mật khẩu 1".toCharArray(), "mới".toCharArray(), "test", NOW.plusMinutes(1));
        }
        assertThrows(WrongPasswordException.class, () -> Services.open(data, "mật khẩu 1".toCharArray()));
        try (Services s = Services.open(data, "mới".toCharArray())) {
            assertEquals(rows, BackupFixture.rowCounts(s.database()));
        }

        try (DataFolder folder = DataFolder.open(data)) {
            Protection.change(folder, "mới".toCharArray(), null, "test", NOW.plusMinutes(2));
            assertFalse(folder.isEncrypted());
            UserException notSet = assertThrows(UserException.class,
                    () -> Protection.change(folder, null, null, "test", NOW));
            assertEquals(Messages.get("password.error.notSet"), notSet.getMessage());
        }
        assertEquals(rows, BackupFixture.rowCounts(data));

        try (DataFolder folder = DataFolder.open(data)) {
            Restore.restore(folder, dir.resolve("enc.tdbak"), "test", NOW.plusMinutes(3));
            assertTrue(folder.isEncrypted(), "the restored backup needs the password it was made with");
        }
        try (Services s = Services.open(data, "mật khẩu 1".toCharArray())) {
            assertEquals(rows, BackupFixture.rowCounts(s.database()));
        }
    }
}
