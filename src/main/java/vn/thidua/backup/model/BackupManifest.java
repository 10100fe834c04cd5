package vn.thidua.backup.model;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The {@code manifest.json} of a backup: what made it and what it holds. {@code schemaVersion} is null when the
 * database could not be read (a copy of a damaged file kept before a restore). {@code encrypted}: the database in
 * it opens only with the password it had when the backup was made.
 */
public record BackupManifest(int formatVersion, String programVersion, Integer schemaVersion, LocalDateTime createdAt,
                             BackupKind kind, boolean encrypted, List<BackupEntry> files) {

    /** The format this program writes; a backup with a higher one was made by a newer program. */
    public static final int FORMAT_VERSION = 1;

    /** The database file's path inside a backup. */
    public static final String DATABASE = "database/thidua.mv.db";

    public BackupManifest {
        files = List.copyOf(files);
    }
}
