package vn.thidua.common.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.common.i18n.UserException;

/** Opening skips Flyway when the schema is current, so the version it compares with must follow the files. */
class SchemaVersionTest {

    private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__.+\\.sql");

    @Test
    void schemaVersionIsTheNewestMigrationFile() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/vn/thidua/db/migration"))) {
            int newest = files.map(p -> MIGRATION.matcher(p.getFileName().toString()))
                    .filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1)))
                    .max().orElseThrow();
            assertEquals(newest, Database.SCHEMA_VERSION);
        }
    }

    @Test
    void aDatabaseLeftWithAFailedMigrationStillGoesThroughFlyway(@TempDir Path dir) {
        try (DataFolder folder = DataFolder.open(dir)) {
            try (Database db = Database.open(folder)) {
                db.inTransaction(c -> c.createStatement().executeUpdate(
                        "UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '2'"));
            }
            Database db = Database.create(folder);
            try {
                assertThrows(UserException.class,
                        () -> db.migrate(null), "a failed migration must be reported, not skipped");
            } finally {
                db.close();
            }
        }
    }
}
