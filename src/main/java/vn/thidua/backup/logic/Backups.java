package vn.thidua.backup.logic;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import vn.thidua.backup.model.BackupInfo;
import vn.thidua.backup.model.BackupKind;
import vn.thidua.backup.model.BackupManifest;
import vn.thidua.common.db.Database;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.i18n.UserException;

/**
 * Backups of the open database: a consistent copy taken by H2's {@code BACKUP TO} (never a copy of the live file),
 * with the data folder's attachments, templates, rules and certificate layouts. Automatic ones go to
 * {@code <data>/backups/} and are rotated ({@link Rotation}); a manual one goes where the clerk says.
 */
public class Backups {

    public static final String FOLDER = "backups";
    public static final String EXTENSION = ".tdbak";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Pattern NAME = Pattern.compile("thidua-(\\d{8}-\\d{6})-([a-z-]+)\\.tdbak");

    private final Database database;
    private final Path dataFolder;
    private final String programVersion;

    public Backups(Database database, Path dataFolder, String programVersion) {
        this.database = database;
        this.dataFolder = dataFolder;
        this.programVersion = programVersion;
    }

    public Path folder() {
        return dataFolder.resolve(FOLDER);
    }

    /** The name a backup made at {@code at} gets in {@code backups/}: "thidua-20261123-170501-auto.tdbak". */
    public static String fileName(LocalDateTime at, BackupKind kind) {
        return "thidua-" + STAMP.format(at) + "-" + kind.word() + EXTENSION;
    }

    /** Writes a backup of the open database and the data folder's files to {@code target}. */
    public BackupManifest backUpTo(Path target, BackupKind kind, LocalDateTime now) {
        Path work = folder().resolve(".snapshot-" + UUID.randomUUID() + ".zip");
        Path snapshot = folder().resolve(".snapshot-" + UUID.randomUUID() + ".mv.db");
        try {
            Files.createDirectories(folder());
            int schema = database.inTransaction(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("BACKUP TO '" + work.toString().replace("'", "''") + "'");
                }
                return schemaVersion(c);
            });
            try (ZipFile zip = new ZipFile(work.toFile())) {
                ZipEntry entry = zip.stream().filter(e -> e.getName().endsWith(".mv.db")).findFirst()
                        .orElseThrow(() -> new IOException("BACKUP TO wrote no database"));
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, snapshot);
                }
            }
            return BackupArchive.write(target, new BackupArchive.Contents(snapshot, dataFolder,
                    new BackupManifest(BackupManifest.FORMAT_VERSION, programVersion, schema, now, kind,
                            database.encrypted(), List.of())));
        } catch (IOException e) {
            throw new UserException(Messages.get("backup.error.write", target, e.getMessage()), e);
        } finally {
            deleteQuietly(work);
            deleteQuietly(snapshot);
        }
    }

    private static int schemaVersion(Connection c) throws SQLException {
        try (var rs = c.createStatement().executeQuery(
                "SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\" WHERE \"success\"")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Whether the newest automatic backup is older than a day (or there is none): then one is made at start. */
    public boolean automaticDue(LocalDateTime now) {
        return list().stream().filter(b -> b.kind() == BackupKind.AUTOMATIC)
                .map(BackupInfo::createdAt).max(Comparator.naturalOrder())
                .map(last -> Duration.between(last, now).compareTo(Duration.ofDays(1)) >= 0)
                .orElse(true);
    }

    /** Makes an automatic backup in {@code backups/} and deletes those the rotation no longer keeps. */
    public Path automatic(LocalDateTime now) {
        Path target = folder().resolve(fileName(now, BackupKind.AUTOMATIC));
        backUpTo(target, BackupKind.AUTOMATIC, now);
        for (BackupInfo old : Rotation.toDelete(list())) {
            deleteQuietly(old.file());
        }
        return target;
    }

    /**
     * A backup of a database made by an older version, taken just before it is upgraded: a migration killed half
     * way (H2 commits each DDL statement at once) or a newer program given up can be undone from it.
     */
    public Path beforeUpgrade(LocalDateTime now) {
        Path target = folder().resolve(fileName(now, BackupKind.BEFORE_UPGRADE));
        backUpTo(target, BackupKind.BEFORE_UPGRADE, now);
        return target;
    }

    /** The backups in {@code backups/}, newest first, read from their names. */
    public List<BackupInfo> list() {
        return list(folder());
    }

    public static List<BackupInfo> list(Path backupsFolder) {
        if (!Files.isDirectory(backupsFolder)) {
            return List.of();
        }
        List<BackupInfo> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(backupsFolder)) {
            for (Path file : files.toList()) {
                parse(file).ifPresent(out::add);
            }
        } catch (IOException e) {
            throw new UserException(Messages.get("backup.error.list", backupsFolder, e.getMessage()), e);
        }
        out.sort(Comparator.comparing(BackupInfo::createdAt).reversed());
        return out;
    }

    private static Optional<BackupInfo> parse(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalDateTime at = LocalDateTime.parse(m.group(1), STAMP);
            Optional<BackupKind> kind = BackupKind.ofWord(m.group(2));
            return kind.map(k -> new BackupInfo(file, at, k, size(file)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover temp file is harmless and goes with the next backup's clean-up
        }
    }
}
