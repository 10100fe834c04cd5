package vn.thidua.common.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import vn.thidua.common.db.Jdbc;
import vn.thidua.common.i18n.UserException;
import vn.thidua.common.io.AtomicFiles;
import vn.thidua.common.text.VietText;

/**
 * Files the clerk attaches (a dossier's proofs, a task's evidence), kept inside the data folder under
 * {@code attachments/} by their SHA-256, so a backup holds them and the same file is stored once. The row in
 * {@code attachment} keeps the original name, the checksum and the size.
 */
public class AttachmentStore {

    /** The largest file the clerk may attach. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;

    private final Path root;

    public AttachmentStore(Path dataFolder) {
        this.root = dataFolder.resolve("attachments");
    }

    /** An attachment as stored: its id, the name it had, its checksum and size. */
    public record Stored(long id, String fileName, String sha256, long sizeBytes) {
    }

    /**
     * Copies the file into the data folder (written to a temp file and moved into place) and records it in the
     * caller's transaction. Refused with a message naming the file: not a readable file, empty, above 50 MB.
     */
    public Stored store(Connection c, Path source) throws SQLException {
        String name = VietText.clean(source.getFileName() == null ? "" : source.getFileName().toString());
        if (!Files.isRegularFile(source) || !Files.isReadable(source)) {
            throw UserException.of("attachment.error.unreadable", name);
        }
        long size;
        try {
            size = Files.size(source);
        } catch (IOException e) {
            throw UserException.of("attachment.error.unreadable", name);
        }
        if (size == 0) {
            throw UserException.of("attachment.error.empty", name);
        }
        if (size > MAX_BYTES) {
            throw UserException.of("attachment.error.tooLarge", name, (size + (1 << 20) - 1) >> 20);
        }
        String sha = sha256(source, name);
        Path target = pathFor(sha, name);
        if (!Files.exists(target)) {
            try {
                AtomicFiles.write(target, out -> Files.copy(source, out));
            } catch (IOException e) {
                throw new UserException(UserException.of("attachment.error.copy", name).getMessage(), e);
            }
        }
        long id = Jdbc.insert(c, "INSERT INTO attachment (file_name, stored_path, sha256, size_bytes) VALUES (?, ?, ?, ?)",
                name, root.getParent().relativize(target).toString().replace('\\', '/'), sha, size);
        return new Stored(id, name, sha, size);
    }

    /** Where an attachment's bytes are, when the row exists. */
    public Optional<Path> path(Connection c, long id) throws SQLException {
        return Jdbc.one(c, "SELECT stored_path FROM attachment WHERE id = ?", rs -> root.getParent().resolve(rs.getString(1)), id);
    }

    /** Whether the stored file is still there with the checksum it was stored with. */
    public boolean intact(Connection c, long id) throws SQLException {
        var row = Jdbc.one(c, "SELECT stored_path, sha256 FROM attachment WHERE id = ?",
                rs -> new String[] {rs.getString(1), rs.getString(2)}, id);
        if (row.isEmpty()) {
            return false;
        }
        Path file = root.getParent().resolve(row.get()[0]);
        try {
            return Files.isRegularFile(file) && sha256(file, file.getFileName().toString()).equals(row.get()[1]);
        } catch (UserException e) {
            return false;
        }
    }

    private Path pathFor(String sha, String name) {
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT).replaceAll("[^.a-z0-9]", "");
        return root.resolve(sha.substring(0, 2)).resolve(sha + ext);
    }

    static String sha256(Path file, String name) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw UserException.of("attachment.error.unreadable", name);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
