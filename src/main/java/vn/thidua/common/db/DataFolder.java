package vn.thidua.common.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Map;
import vn.thidua.common.i18n.UserException;

/**
 * The one folder that holds a workstation's data: the database, later attachments, backups and templates.
 * Opening it takes an exclusive lock, so a second copy of the program gets a clear message.
 */
public final class DataFolder implements AutoCloseable {

    public static final String ENV_VARIABLE = "THIDUA_DATA";
    private static final String LOCK_FILE = "thidua.lock";
    private static final byte[] ENCRYPTED_HEADER = "H2encrypt\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final Path path;
    private FileChannel lockChannel;
    private FileLock lock;

    private DataFolder(Path path) {
        this.path = path.toAbsolutePath().normalize();
    }

    /** The folder named on the command line, else THIDUA_DATA, else the OS's application-data folder. */
    public static Path locate(String commandLineValue, Map<String, String> env) {
        if (commandLineValue != null && !commandLineValue.isBlank()) {
            return Path.of(commandLineValue);
        }
        String fromEnv = env.get(ENV_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv);
        }
        return defaultLocation(System.getProperty("os.name", ""), env, Path.of(System.getProperty("user.home")));
    }

    static Path defaultLocation(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return (appData != null ? Path.of(appData) : home.resolve("AppData").resolve("Roaming")).resolve("ThiDua");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("ThiDua");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share")).resolve("thidua");
    }

    /** Creates the folder if needed and locks it for this process. */
    public static DataFolder open(Path path) {
        DataFolder folder = new DataFolder(path);
        folder.acquire();
        return folder;
    }

    private void acquire() {
        try {
            Files.createDirectories(path);
        } catch (IOException e) {
            throw UserException.of("data.cannotCreate", path);
        }
        try {
            lockChannel = FileChannel.open(path.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            lock = lockChannel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException e) {
            throw new UserException(vn.thidua.common.i18n.Messages.get("data.cannotLock", path), e);
        }
        if (lock == null) {
            closeQuietly();
            throw UserException.of("data.inUse", path);
        }
    }

    public Path path() {
        return path;
    }

    public Path databaseFile() {
        return path.resolve("thidua.mv.db");
    }

    /** Whether the database file is encrypted: H2 starts such a file with "H2encrypt". */
    public boolean isEncrypted() {
        return isEncrypted(databaseFile());
    }

    /** Whether a database file starts with H2's header of an encrypted file. */
    public static boolean isEncrypted(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (var in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(ENCRYPTED_HEADER.length);
            return java.util.Arrays.equals(head, ENCRYPTED_HEADER);
        } catch (IOException e) {
            return false;
        }
    }

    /** Deletes the trace file older versions let H2 write: it may hold personal data from failed statements. */
    void deleteOldTrace() {
        try {
            Files.deleteIfExists(path.resolve("thidua.trace.db"));
        } catch (IOException ignored) {
            // H2 writes no new one; an undeletable old one stays as it was
        }
    }

    /** True when the folder holds no database yet. */
    public boolean isEmpty() {
        return !Files.exists(databaseFile());
    }

    @Override
    public void close() {
        closeQuietly();
    }

    private void closeQuietly() {
        try {
            if (lock != null) {
                lock.release();
            }
            if (lockChannel != null) {
                lockChannel.close();
            }
        } catch (IOException ignored) {
            // the lock goes with the process anyway
        }
        lock = null;
        lockChannel = null;
    }
}
