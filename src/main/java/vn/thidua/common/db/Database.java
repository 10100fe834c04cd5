package vn.thidua.common.db;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.i18n.UserException;

/** The embedded H2 file database of a data folder, migrated to the newest schema when opened. */
public final class Database implements AutoCloseable {

    public static final String MIGRATIONS = "classpath:vn/thidua/db/migration";

    /**
     * The newest migration's version. When the file is already there, opening skips Flyway (a fifth of the
     * start-up time); a test keeps this in step with the migration files.
     */
    public static final int SCHEMA_VERSION = 7;

    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final JdbcConnectionPool pool;
    private final DataFolder folder;
    private final boolean encrypted;
    private boolean closed;

    private Database(JdbcConnectionPool pool, DataFolder folder, boolean encrypted) {
        this.pool = pool;
        this.folder = folder;
        this.encrypted = encrypted;
    }

    /**
     * WRITE_DELAY=0: a commit is in the file when it returns, so a killed process or a power cut after "saved"
     * loses nothing (H2's default writes up to half a second later; the crash test lost edits with it).
     * FILE_LOCK=FS: the operating system's lock, which dies with the process; H2's FILE lock left behind by a
     * killed process made the next start wait about seven seconds. The data folder's own lock already keeps a
     * second copy of the program out.
     * TRACE_LEVEL_FILE=0: H2 otherwise writes every SQL error, with the values of the statement (names, birth
     * dates, ratings), into thidua.trace.db beside the database; the program keeps no log of personal data.
     */
    public static String url(DataFolder folder) {
        return url(folder, false);
    }

    /** The URL of the folder's database; {@code encrypted}: the file is encrypted with AES (H2's CIPHER). */
    public static String url(DataFolder folder, boolean encrypted) {
        return "jdbc:h2:file:" + folder.path().resolve("thidua")
                + ";FILE_LOCK=FS;WRITE_DELAY=0;TRACE_LEVEL_FILE=0;DB_CLOSE_ON_EXIT=FALSE"
                + (encrypted ? ";CIPHER=AES" : "");
    }

    /** H2's password for an encrypted file: the file key, a space, the (empty) user password. */
    public static String connectionPassword(char[] password) {
        return password == null ? "" : new String(fileKey(password)) + " ";
    }

    /**
     * The key H2 encrypts the file with, made from the clerk's password: H2 refuses a file password with spaces
     * and the clerk may type any Vietnamese phrase, so the key is the hex SHA-256 of the password's UTF-8 bytes
     * (NFC first, so the same phrase typed with another keyboard gives the same key).
     */
    public static char[] fileKey(char[] password) {
        String text = java.text.Normalizer.normalize(new String(password), java.text.Normalizer.Form.NFC);
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash).toCharArray();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens the folder's database and applies every pending migration. */
    public static Database open(DataFolder folder) {
        return open(folder, null);
    }

    /** Opens and migrates up to {@code targetVersion} (null: the newest); for migration tests. */
    public static Database open(DataFolder folder, String targetVersion) {
        Database db = create(folder);
        try {
            db.migrate(targetVersion);
        } catch (RuntimeException e) {
            db.pool.dispose();
            throw e;
        }
        return db;
    }

    /**
     * Prepares the connection pool without touching the file yet; {@link #migrate} must run before any other use.
     * Lets the window build its screens while the database opens on the worker thread.
     */
    public static Database create(DataFolder folder) {
        return create(folder, null);
    }

    /**
     * As {@link #create(DataFolder)}, for a file encrypted with {@code filePassword} (null: not encrypted). Whether
     * the file is encrypted is read from its header, so a password given for a plain file is ignored.
     */
    public static Database create(DataFolder folder, char[] filePassword) {
        folder.deleteOldTrace();
        boolean encrypted = folder.isEncrypted();
        if (encrypted && (filePassword == null || filePassword.length == 0)) {
            return new Database(JdbcConnectionPool.create(url(folder, true), "thidua", " "), folder, true);
        }
        return new Database(JdbcConnectionPool.create(url(folder, encrypted), "thidua",
                encrypted ? connectionPassword(filePassword) : ""), folder, encrypted);
    }

    /** Opens the file and applies pending migrations up to {@code targetVersion} (null: the newest). */
    public void migrate(String targetVersion) {
        migrate(targetVersion, () -> { });
    }

    /**
     * As {@link #migrate(String)}; {@code beforeUpgrade} runs on the open database when a file made by an older
     * version is about to be upgraded (not for a new, empty one), so a copy can be kept first.
     */
    public void migrate(String targetVersion, Runnable beforeUpgrade) {
        boolean held = held(folder.databaseFile());
        try {
            pool.getConnection().close();
        } catch (SQLException e) {
            throw OpeningFailure.of(folder, encrypted, e);
        }
        if (held && !hasSchema()) {
            // H2 opens a file whose every chunk is broken as an empty store: upgrading that would make a new, empty
            // database in place of the clerk's data instead of saying the file is damaged
            throw new DamagedDatabaseException(folder.databaseFile(), new SQLException("no schema in a file that held data"));
        }
        if (targetVersion == null && isCurrent()) {
            return;
        }
        if (hasSchema()) {
            beforeUpgrade.run();
        }
        try {
            var config = Flyway.configure().dataSource(pool).locations(MIGRATIONS);
            if (targetVersion != null) {
                config = config.target(targetVersion);
            }
            config.load().migrate();
        } catch (FlywayException e) {
            throw new UserException(Messages.get("data.migrationFailed", e.getMessage()), e);
        }
    }

    /** Whether the file was there with something in it before this program opened it. */
    private static boolean held(java.nio.file.Path file) {
        try {
            return java.nio.file.Files.size(file) > 0;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private boolean hasSchema() {
        try (Connection c = pool.getConnection();
             var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\"")) {
            rs.next();
            return rs.getInt(1) > 0;
        } catch (SQLException e) {
            return false;
        }
    }

    /** Whether every migration up to {@link #SCHEMA_VERSION}, and nothing newer or failed, has been applied. */
    private boolean isCurrent() {
        try (Connection c = pool.getConnection();
             var rs = c.createStatement().executeQuery("""
                     SELECT COUNT(*), MAX(CAST("version" AS INT)), COUNT(*) FILTER (WHERE NOT "success")
                     FROM "flyway_schema_history" WHERE "version" IS NOT NULL""")) {
            rs.next();
            return rs.getInt(1) == SCHEMA_VERSION && rs.getInt(2) == SCHEMA_VERSION && rs.getInt(3) == 0;
        } catch (SQLException e) {
            return false;
        }
    }

    /** Whether the file is encrypted with a password. */
    public boolean encrypted() {
        return encrypted;
    }

    public DataFolder folder() {
        return folder;
    }

    public DataSource dataSource() {
        return pool;
    }

    /** Runs one user action as one transaction: all of it is written, or none. */
    public <T> T inTransaction(Work<T> work) {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new DatabaseException(e);
        }
    }

    public <T> T read(Work<T> work) {
        try (Connection c = pool.getConnection()) {
            c.setReadOnly(true);
            return work.run(c);
        } catch (SQLException e) {
            throw new DatabaseException(e);
        }
    }

    /** False once closed (the window closes it before a restore replaces the file). */
    public synchronized boolean isOpen() {
        return !closed;
    }

    /** Shuts the file down cleanly; a second call (the window's stop, then the exit hook) does nothing. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try (Connection c = pool.getConnection()) {
            c.createStatement().execute("SHUTDOWN");
        } catch (SQLException ignored) {
            // already closed
        }
        pool.dispose();
    }
}
