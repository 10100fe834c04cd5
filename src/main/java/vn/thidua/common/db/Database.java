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
    public static final int SCHEMA_VERSION = 6;

    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final JdbcConnectionPool pool;
    private final DataFolder folder;
    private boolean closed;

    private Database(JdbcConnectionPool pool, DataFolder folder) {
        this.pool = pool;
        this.folder = folder;
    }

    public static String url(DataFolder folder) {
        return "jdbc:h2:file:" + folder.path().resolve("thidua") + ";FILE_LOCK=FILE;DB_CLOSE_ON_EXIT=FALSE";
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
        return new Database(JdbcConnectionPool.create(url(folder), "thidua", ""), folder);
    }

    /** Opens the file and applies pending migrations up to {@code targetVersion} (null: the newest). */
    public void migrate(String targetVersion) {
        try {
            pool.getConnection().close();
        } catch (SQLException e) {
            throw new UserException(Messages.get("data.cannotOpen", folder.path(), e.getMessage()), e);
        }
        if (targetVersion == null && isCurrent()) {
            return;
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
