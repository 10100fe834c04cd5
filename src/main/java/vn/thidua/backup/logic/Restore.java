package vn.thidua.backup.logic;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import vn.thidua.backup.model.BackupInfo;
import vn.thidua.backup.model.BackupKind;
import vn.thidua.backup.model.BackupManifest;
import vn.thidua.common.db.DataFolder;
import vn.thidua.common.db.Database;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.i18n.UserException;

/**
 * Puts a backup in place of a data folder's data. It works on a folder whose database is closed (the caller holds
 * the folder's lock and has closed or never opened the database): the backup is checked and unpacked first, then
 * a copy of the current data is kept in {@code backups/} (the file as it is, damaged or not), and only then are the
 * database file and the folders replaced. A failure before the replacement leaves the data as it was.
 */
public final class Restore {

    /** What a restore did: the backup's manifest and where the copy of the replaced data is (empty: none). */
    public record Result(BackupManifest restored, Optional<Path> copyOfPrevious) {
    }

    private Restore() {
    }

    /** Unpacking checks everything (a refusal leaves only the staging folder, which is deleted) before a copy is kept. */
    public static Result restore(DataFolder folder, Path backup, String programVersion, LocalDateTime now) {
        Path dataFolder = folder.path();
        Path staging = dataFolder.resolve(".restore-" + UUID.randomUUID());
        try {
            BackupManifest manifest = BackupArchive.extract(backup, Database.SCHEMA_VERSION, staging);
            Optional<Path> copy = keepCopy(folder, BackupKind.BEFORE_RESTORE, programVersion, now);
            replace(staging.resolve(BackupManifest.DATABASE), folder.databaseFile());
            for (String name : BackupArchive.FOLDERS) {
                Path current = dataFolder.resolve(name);
                if (Files.exists(current)) {
                    move(current, staging.resolve("previous").resolve(name));
                }
                Path restored = staging.resolve("files").resolve(name);
                if (Files.exists(restored)) {
                    move(restored, current);
                }
            }
            return new Result(manifest, copy);
        } catch (IOException e) {
            throw new UserException(Messages.get("backup.error.restore", e.getMessage()), e);
        } finally {
            deleteTree(staging);
        }
    }

    /** The newest backup in {@code backups/} that passes the check (the copies kept before a restore count too). */
    public static Optional<BackupInfo> latestGood(DataFolder folder) {
        for (BackupInfo b : Backups.list(folder.path().resolve(Backups.FOLDER))) {
            try {
                BackupManifest m = BackupArchive.check(b.file(), Database.SCHEMA_VERSION);
                if (m.schemaVersion() != null) {
                    return Optional.of(b);
                }
            } catch (UserException e) {
                // not a good one: look at the next older
            }
        }
        return Optional.empty();
    }

    /**
     * Keeps the closed database file and the folders, as they are, as a backup in {@code backups/}; empty when
     * there is no database file. The file is copied unread, so a damaged one is kept too (its schema unknown).
     */
    static Optional<Path> keepCopy(DataFolder folder, BackupKind kind, String programVersion, LocalDateTime now)
            throws IOException {
        if (!Files.isRegularFile(folder.databaseFile())) {
            return Optional.empty();
        }
        Path target = folder.path().resolve(Backups.FOLDER).resolve(Backups.fileName(now, kind));
        BackupArchive.write(target, new BackupArchive.Contents(folder.databaseFile(), folder.path(),
                new BackupManifest(BackupManifest.FORMAT_VERSION, programVersion, null, now, kind,
                        folder.isEncrypted(), List.of())));
        return Optional.of(target);
    }

    private static void replace(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void move(Path source, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Files.move(source, target);
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(Backups::deleteQuietly);
        } catch (IOException ignored) {
            // a leftover staging folder holds only copies
        }
    }
}
