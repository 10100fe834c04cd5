package vn.thidua.backup.model;

import java.nio.file.Path;
import java.time.LocalDateTime;

/** A backup in the data folder's {@code backups/}, as its name and size say. */
public record BackupInfo(Path file, LocalDateTime createdAt, BackupKind kind, long sizeBytes) {
}
