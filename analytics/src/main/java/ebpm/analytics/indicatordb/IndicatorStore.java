package ebpm.analytics.indicatordb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;

/**
 * Where the indicator database lives — a DuckDB file (the default) or a PostgreSQL database — and the credentials
 * to reach it. Credentials come from the environment ({@code EBPM_DB_USER}, {@code EBPM_DB_PASSWORD}), never from
 * the command line, and {@link #toString()} never shows them.
 */
public final class IndicatorStore {

    private static final String DUCKDB = "jdbc:duckdb:";
    private static final String POSTGRESQL = "jdbc:postgresql:";

    private final String url;
    private final String user;
    private final String password;
    /** Whether {@link #open()} writes the night's private copy of the DuckDB file ({@link DuckDbPublication}). */
    private final boolean privateCopy;

    private IndicatorStore(String url, String user, String password, boolean privateCopy) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.privateCopy = privateCopy;
    }

    public static IndicatorStore duckDbFile(Path file) {
        return new IndicatorStore(DUCKDB + file.toAbsolutePath().normalize(), null, null, false);
    }

    /**
     * The store a JDBC URL names, with the credentials the environment gives.
     *
     * @throws IllegalArgumentException when the URL is neither DuckDB nor PostgreSQL, or carries a password
     */
    public static IndicatorStore of(String url, Map<String, String> environment) {
        String trimmed = url.strip();
        if (trimmed.startsWith(DUCKDB)) {
            return duckDbFile(Path.of(trimmed.substring(DUCKDB.length())));
        }
        if (!trimmed.startsWith(POSTGRESQL)) {
            throw new IllegalArgumentException("indicator database '" + url + "' is not supported; give "
                    + "jdbc:duckdb:FILE or jdbc:postgresql://HOST:PORT/DATABASE");
        }
        refusePasswordIn("indicator database", trimmed);
        return new IndicatorStore(trimmed, environment.get("EBPM_DB_USER"), environment.get("EBPM_DB_PASSWORD"), false);
    }

    /**
     * Refuses a JDBC URL that carries a password: command lines are visible to every user of the machine.
     *
     * @param database what the URL is for, as the message names it, e.g. {@code job repository}
     */
    public static void refusePasswordIn(String database, String url) {
        if (url.toLowerCase(java.util.Locale.ROOT).contains("password=")) {
            throw new IllegalArgumentException("put the " + database + " password in EBPM_DB_PASSWORD, "
                    + "not in the URL (command lines are visible to every user of the machine)");
        }
    }

    public String url() {
        return url;
    }

    public boolean isDuckDb() {
        return url.startsWith(DUCKDB);
    }

    /**
     * How a DuckDB file is published (a night writes a private copy and renames it into place); empty on
     * PostgreSQL, where the night's one transaction does that.
     */
    public java.util.Optional<DuckDbPublication> publication() {
        return isDuckDb() ? java.util.Optional.of(new DuckDbPublication(duckDbPath())) : java.util.Optional.empty();
    }

    /**
     * The store as a night writes it: on DuckDB, {@link #open()} makes the private copy (or finds the one an earlier
     * attempt made) and writes there, and readers of the published file see nothing of it until it is published.
     */
    public IndicatorStore forTheNight() {
        return new IndicatorStore(url, user, password, true);
    }

    /**
     * Connects to write, creating the DuckDB file's folder if needed, with the tables at the schema version this
     * ebpm needs: a database already there is left alone (no DDL, which a night's role on PostgreSQL may not run),
     * one behind is migrated where the role may ({@link SchemaMigration#upToDate}; always on a DuckDB file, which
     * ebpm owns). On DuckDB that is the night's private copy for {@link #forTheNight()}; otherwise an unfinished
     * night's copy if there is one (so that what ebpm withdraw or reprocess writes between a failed night and its
     * restart is not lost when the restarted night publishes), else the published file.
     *
     * @throws SchemaVersionException when the schema is behind and the role may not migrate it
     */
    public IndicatorDatabase open() throws SQLException {
        Connection connection = connect();
        try {
            SchemaMigration.upToDate(connection);
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return new IndicatorDatabase(connection);
    }

    /**
     * What {@link #open()} does first, alone: before a night on PostgreSQL, so that a schema the night's role cannot
     * migrate stops it before any step.
     *
     * @return what was applied; nothing when the database was up to date
     */
    public SchemaMigration.Result upToDate() throws SQLException {
        try (Connection connection = connect()) {
            return SchemaMigration.upToDate(connection);
        }
    }

    /**
     * {@code ebpm db migrate}: brings the tables to the version this ebpm needs and records it, writing where
     * {@link #open()} writes.
     */
    public SchemaMigration.Result migrate() throws SQLException {
        try (Connection connection = connect()) {
            return SchemaMigration.migrate(connection);
        }
    }

    /**
     * Connects read-only, as every reader should: on DuckDB to the published file, which a night never writes
     * (DuckDB's {@code duckdb.read_only}; a read-only connection never keeps a night from publishing); on
     * PostgreSQL a read-only session. Close it as soon as what it reads is read.
     */
    public IndicatorDatabase openReadOnly() throws SQLException {
        if (isDuckDb()) {
            Properties readOnly = new Properties();
            readOnly.setProperty("duckdb.read_only", "true");
            try {
                return IndicatorDatabase.readOnly(DriverManager.getConnection(DUCKDB + duckDbPath(), readOnly));
            } catch (SQLException e) {
                throw new SQLException("cannot read the indicator database " + duckDbPath() + ": "
                        + firstLine(e), e.getSQLState(), e);
            }
        }
        Connection connection = connect();
        connection.setReadOnly(true);
        return IndicatorDatabase.readOnly(connection);
    }

    /** Whether a nightly run has published here yet (without creating anything). */
    public boolean exists() throws SQLException {
        if (isDuckDb()) {
            return Files.exists(duckDbPath());
        }
        try (Connection connection = connect();
             var tables = connection.getMetaData().getTables(null, null, "indicator_value", null)) {
            return tables.next();
        }
    }

    private Path duckDbPath() {
        return Path.of(url.substring(DUCKDB.length()));
    }

    private Connection connect() throws SQLException {
        if (isDuckDb()) {
            DuckDbPublication publication = new DuckDbPublication(duckDbPath());
            Path file;
            try {
                Files.createDirectories(duckDbPath().getParent());
                file = privateCopy ? publication.begin() : publication.writable();
            } catch (IOException e) {
                throw new SQLException("cannot prepare " + publication.building() + " to write: " + e, e);
            }
            try {
                return DriverManager.getConnection(DUCKDB + file);
            } catch (SQLException e) {
                throw new SQLException("cannot write the indicator database " + file + ": "
                        + firstLine(e) + (privateCopy ? "" : "; is a night or another ebpm "
                        + "command writing it? Try again when it has finished"), e.getSQLState(), e);
            }
        }
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        try {
            return DriverManager.getConnection(url, properties);
        } catch (SQLException e) {
            throw new SQLException("cannot connect to the indicator database " + this + " as "
                    + (user == null ? "the default user" : user) + ": " + e.getMessage(), e.getSQLState(), e);
        }
    }

    /** DuckDB's message without the documentation links and context lines that follow it. */
    private static String firstLine(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message).replaceAll("\\. See also https?://\\S+", "").strip();
    }

    @Override
    public String toString() {
        return url;
    }
}
