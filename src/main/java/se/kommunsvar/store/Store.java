package se.kommunsvar.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded database: one H2 file in a data folder, opened by one process at a time. All access goes through
 * {@link #call} on one connection, serialised: the writes are a few per resident question or editor action, far
 * below what one connection handles, and one connection means no lock waits between our own threads.
 */
public final class Store implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Store.class);
    /** Overrides the data folder; by default it is the index folder's sibling {@code <index>-data}. */
    public static final String DATA_DIR_ENV = "KOMMUNSVAR_DATA_DIR";
    static final String FILE_NAME = "kommunsvar";
    private static final AtomicLong MEMORY_STORES = new AtomicLong();

    private static final List<String> SCHEMA = List.of(
            "CREATE TABLE IF NOT EXISTS unanswered (grouping VARCHAR(1000) NOT NULL, municipality VARCHAR(200) NOT NULL,"
                    + " question VARCHAR(1000) NOT NULL, asked INT NOT NULL, first_seen TIMESTAMP WITH TIME ZONE NOT NULL,"
                    + " last_seen TIMESTAMP WITH TIME ZONE NOT NULL, PRIMARY KEY (grouping, municipality))",
            "CREATE TABLE IF NOT EXISTS feedback (id BIGINT AUTO_INCREMENT PRIMARY KEY, given TIMESTAMP WITH TIME ZONE NOT NULL,"
                    + " helpful BOOLEAN NOT NULL, question VARCHAR(1000) NOT NULL, page_url VARCHAR(2048) NOT NULL,"
                    + " page_title VARCHAR(500) NOT NULL, municipality VARCHAR(200) NOT NULL)",
            "CREATE INDEX IF NOT EXISTS feedback_given ON feedback (given)",
            "CREATE TABLE IF NOT EXISTS exclusions (url VARCHAR(2048) PRIMARY KEY, site VARCHAR(300) NOT NULL,"
                    + " title VARCHAR(500) NOT NULL, removed TIMESTAMP WITH TIME ZONE NOT NULL)",
            "CREATE TABLE IF NOT EXISTS municipality_corrections (url VARCHAR(2048) PRIMARY KEY,"
                    + " municipality VARCHAR(200) NOT NULL, corrected TIMESTAMP WITH TIME ZONE NOT NULL)",
            "CREATE TABLE IF NOT EXISTS crawls (id BIGINT AUTO_INCREMENT PRIMARY KEY, site VARCHAR(2048) NOT NULL,"
                    + " started TIMESTAMP WITH TIME ZONE NOT NULL, finished TIMESTAMP WITH TIME ZONE NOT NULL,"
                    + " report CLOB NOT NULL)",
            "CREATE INDEX IF NOT EXISTS crawls_site ON crawls (site, finished)");

    private final Connection connection;
    private final String where;

    private Store(Connection connection, String where) {
        this.connection = connection;
        this.where = where;
    }

    /** The data folder of a server whose index lives in {@code indexDir}: the environment's choice or beside it. */
    public static Path folderFor(Path indexDir, Map<String, String> env) {
        return Optional.ofNullable(env.get(DATA_DIR_ENV)).map(String::strip).filter(s -> !s.isEmpty()).map(Path::of)
                .orElseGet(() -> indexDir.toAbsolutePath().resolveSibling(indexDir.toAbsolutePath().getFileName() + "-data"));
    }

    /** Opens (creating if needed) the store in the folder. */
    public static Store open(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data folder " + folder, e);
        }
        // FILE_LOCK=FILE: a second process gets a clear error instead of a damaged file
        String url = "jdbc:h2:file:" + folder.toAbsolutePath().resolve(FILE_NAME) + ";FILE_LOCK=FILE;DB_CLOSE_ON_EXIT=FALSE";
        return connect(url, folder.toString());
    }

    /** A store that lives only as long as it is open: for tests and callers that keep nothing. */
    public static Store inMemory() {
        return connect("jdbc:h2:mem:kommunsvar-" + MEMORY_STORES.incrementAndGet(), "memory");
    }

    private static Store connect(String url, String where) {
        try {
            Connection c = DriverManager.getConnection(url, "", "");
            try (Statement s = c.createStatement()) {
                for (String ddl : SCHEMA) {
                    s.execute(ddl);
                }
            }
            LOG.info("store opened in {}", where);
            return new Store(c, where);
        } catch (SQLException e) {
            throw new StoreException("cannot open the store in " + where + ": " + e.getMessage(), e);
        }
    }

    /** Work on the connection. */
    @FunctionalInterface
    public interface Work<T> {
        T on(Connection c) throws SQLException;
    }

    /** Runs work on the one connection, serialised; a database error becomes a {@link StoreException}. */
    public synchronized <T> T call(Work<T> work) {
        try {
            return work.on(connection);
        } catch (SQLException e) {
            throw new StoreException("the store in " + where + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            if (!connection.isClosed()) {
                connection.close();
                LOG.info("store closed in {}", where);
            }
        } catch (SQLException e) {
            LOG.warn("closing the store in {} failed: {}", where, e.getMessage());
        }
    }
}
