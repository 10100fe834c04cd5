package vn.thidua.backup.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.Services;
import vn.thidua.backup.model.BackupKind;
import vn.thidua.common.db.DataFolder;
import vn.thidua.common.db.Database;

/** A database made by an older version is backed up before it is upgraded; a new or current one is not. */
class UpgradeBackupTest {

    @TempDir
    Path dir;

    @Test
    void anOlderDatabaseIsBackedUpBeforeTheUpgrade() {
        Path data = dir.resolve("data");
        try (DataFolder folder = DataFolder.open(data); Database v1 = Database.open(folder, "1")) {
            v1.inTransaction(c -> c.createStatement().executeUpdate(
                    "INSERT INTO unit (name, unit_type, sort_order) VALUES ('Ban Giám đốc', 'LEADERSHIP', 1)"));
        }
        try (Services s = Services.open(data)) {
            assertEquals(List.of(BackupKind.BEFORE_UPGRADE), s.backups().list().stream().map(b -> b.kind()).toList());
            var manifest = BackupArchive.check(s.backups().list().get(0).file(), Database.SCHEMA_VERSION);
            assertEquals(Integer.valueOf(1), manifest.schemaVersion());
            assertEquals(1, s.units().all().size());
        }
        try (Services s = Services.open(data)) {
            assertEquals(1, s.backups().list().size(), "a current database is not backed up at each start");
        }
        try (Services s = Services.open(dir.resolve("new"))) {
            assertEquals(List.of(), s.backups().list(), "nothing to keep of a new one");
        }
    }
}
