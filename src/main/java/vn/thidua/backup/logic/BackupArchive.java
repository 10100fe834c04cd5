package vn.thidua.backup.logic;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import vn.thidua.backup.model.BackupEntry;
import vn.thidua.backup.model.BackupManifest;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.i18n.UserException;
import vn.thidua.common.io.AtomicFiles;

/**
 * The backup file: a zip holding {@code database/thidua.mv.db}, the data folder's {@code attachments/},
 * {@code templates/}, {@code rules/} and {@code certificates/} under {@code files/}, and {@code manifest.json}
 * (written last, with every other entry's size and SHA-256). Reading checks everything before anything is used.
 */
public final class BackupArchive {

    /** The folders of the data folder a backup holds besides the database. */
    public static final List<String> FOLDERS = List.of("attachments", "templates", "rules", "certificates");

    static final String MANIFEST = "manifest.json";
    private static final String FILES = "files/";

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    /** What goes into a backup besides the data folder's folders. */
    public record Contents(Path databaseFile, Path dataFolder, BackupManifest header) {
    }

    private BackupArchive() {
    }

    /** Writes the backup to a temp file beside {@code target} and moves it into place. */
    public static BackupManifest write(Path target, Contents contents) throws IOException {
        BackupManifest[] written = new BackupManifest[1];
        AtomicFiles.write(target, out -> written[0] = writeTo(out, contents));
        return written[0];
    }

    private static BackupManifest writeTo(OutputStream raw, Contents contents) throws IOException {
        List<BackupEntry> entries = new ArrayList<>();
        ZipOutputStream zip = new ZipOutputStream(raw);
        entries.add(add(zip, BackupManifest.DATABASE, contents.databaseFile()));
        for (String folder : FOLDERS) {
            Path dir = contents.dataFolder().resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            List<Path> files;
            try (Stream<Path> walk = Files.walk(dir)) {
                files = walk.filter(Files::isRegularFile)
                        .filter(p -> !p.getFileName().toString().startsWith("."))
                        .sorted().toList();
            }
            for (Path file : files) {
                String name = FILES + contents.dataFolder().relativize(file).toString().replace('\\', '/');
                entries.add(add(zip, name, file));
            }
        }
        BackupManifest h = contents.header();
        BackupManifest manifest = new BackupManifest(h.formatVersion(), h.programVersion(), h.schemaVersion(),
                h.createdAt(), h.kind(), h.encrypted(), entries);
        zip.putNextEntry(new ZipEntry(MANIFEST));
        zip.write(JSON.writeValueAsBytes(manifest));
        zip.closeEntry();
        zip.finish();
        zip.flush();
        return manifest;
    }

    /**
     * The database compresses to a fifth; attachments are mostly scans and PDFs that do not, so they get the
     * fastest level (a large office's backup took half the time).
     */
    private static BackupEntry add(ZipOutputStream zip, String name, Path file) throws IOException {
        zip.setLevel(name.startsWith(FILES + "attachments/") ? Deflater.BEST_SPEED : Deflater.DEFAULT_COMPRESSION);
        zip.putNextEntry(new ZipEntry(name));
        MessageDigest digest = sha256();
        long size;
        try (InputStream in = Files.newInputStream(file)) {
            DigestOutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), digest);
            size = 0;
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                zip.write(buffer, 0, n);
                out.write(buffer, 0, n);
                size += n;
            }
        }
        zip.closeEntry();
        return new BackupEntry(name, size, HexFormat.of().formatHex(digest.digest()));
    }

    /**
     * Checks a file before anything is restored from it: a zip, with a manifest this program understands, a
     * database not newer than {@code schemaVersion}, and every listed file there with its size and checksum.
     * Each refusal is a {@link UserException} worded for the clerk.
     */
    public static BackupManifest check(Path file, int schemaVersion) {
        return read(file, schemaVersion, null);
    }

    /** Checks the backup as {@link #check} does and writes its files under {@code folder} (database/, files/). */
    public static BackupManifest extract(Path file, int schemaVersion, Path folder) {
        return read(file, schemaVersion, folder);
    }

    private static BackupManifest read(Path file, int schemaVersion, Path extractTo) {
        String name = String.valueOf(file.getFileName());
        if (!Files.isRegularFile(file)) {
            throw UserException.of("backup.error.noFile", file);
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            BackupManifest manifest = manifest(zip, name);
            if (manifest.formatVersion() > BackupManifest.FORMAT_VERSION) {
                throw UserException.of("backup.error.newerProgram", name, String.valueOf(manifest.programVersion()));
            }
            if (manifest.schemaVersion() != null && manifest.schemaVersion() > schemaVersion) {
                throw UserException.of("backup.error.newerProgram", name, String.valueOf(manifest.programVersion()));
            }
            if (manifest.files().stream().noneMatch(e -> e.path().equals(BackupManifest.DATABASE))) {
                throw UserException.of("backup.error.damaged", name, BackupManifest.DATABASE);
            }
            Map<String, Boolean> seen = new HashMap<>();
            for (BackupEntry entry : manifest.files()) {
                if (!safe(entry.path()) || seen.put(entry.path(), true) != null) {
                    throw UserException.of("backup.error.damaged", name, entry.path());
                }
                ZipEntry zipEntry = zip.getEntry(entry.path());
                if (zipEntry == null) {
                    throw UserException.of("backup.error.damaged", name, entry.path());
                }
                Path target = extractTo == null ? null : extractTo.resolve(entry.path());
                if (!verify(zip, zipEntry, entry, target)) {
                    throw UserException.of("backup.error.damaged", name, entry.path());
                }
            }
            return manifest;
        } catch (ZipException e) {
            throw new UserException(Messages.get("backup.error.notBackup", name), e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof UserException u) {
                throw u;
            }
            throw new UserException(Messages.get("backup.error.unreadable", name, e.getMessage()), e);
        }
    }

    private static BackupManifest manifest(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(MANIFEST);
        if (entry == null) {
            throw UserException.of("backup.error.notBackup", name);
        }
        BackupManifest manifest;
        try (InputStream in = zip.getInputStream(entry)) {
            manifest = JSON.readValue(in.readNBytes(1 << 20), BackupManifest.class);
        } catch (IOException | RuntimeException e) {
            throw new UserException(Messages.get("backup.error.notBackup", name), e);
        }
        if (manifest == null || manifest.files() == null || manifest.createdAt() == null || manifest.formatVersion() < 1) {
            throw UserException.of("backup.error.notBackup", name);
        }
        return manifest;
    }

    /** Refuses absolute paths and ".." so a crafted archive cannot write outside the data folder. */
    private static boolean safe(String path) {
        if (path == null || path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains(":")) {
            return false;
        }
        if (!path.equals(BackupManifest.DATABASE) && !path.startsWith(FILES)) {
            return false;
        }
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals("..") || part.equals(".")) {
                return false;
            }
        }
        if (path.startsWith(FILES)) {
            String top = path.substring(FILES.length()).split("/")[0];
            return FOLDERS.contains(top) && path.substring(FILES.length()).contains("/");
        }
        return true;
    }

    private static boolean verify(ZipFile zip, ZipEntry zipEntry, BackupEntry expected, Path target) throws IOException {
        MessageDigest digest = sha256();
        long size = 0;
        OutputStream sink = OutputStream.nullOutputStream();
        if (target != null) {
            Files.createDirectories(target.getParent());
            sink = Files.newOutputStream(target);
        }
        try (InputStream in = zip.getInputStream(zipEntry); OutputStream out = sink) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
                out.write(buffer, 0, n);
                size += n;
            }
        }
        return size == expected.size() && HexFormat.of().formatHex(digest.digest()).equalsIgnoreCase(expected.sha256());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
