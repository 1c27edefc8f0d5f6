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

    private IndicatorStore(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    public static IndicatorStore duckDbFile(Path file) {
        return new IndicatorStore(DUCKDB + file.toAbsolutePath().normalize(), null, null);
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
        return new IndicatorStore(trimmed, environment.get("EBPM_DB_USER"), environment.get("EBPM_DB_PASSWORD"));
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

    /** Connects, creating the DuckDB file's folder if needed, and makes sure the tables exist. */
    public IndicatorDatabase open() throws SQLException {
        return new IndicatorDatabase(connect());
    }

    /** Whether a nightly run has written here yet (without creating anything). */
    public boolean exists() throws SQLException {
        if (isDuckDb()) {
            return Files.exists(Path.of(url.substring(DUCKDB.length())));
        }
        try (Connection connection = connect();
             var tables = connection.getMetaData().getTables(null, null, "indicator_value", null)) {
            return tables.next();
        }
    }

    private Connection connect() throws SQLException {
        if (isDuckDb()) {
            try {
                Files.createDirectories(Path.of(url.substring(DUCKDB.length())).getParent());
            } catch (IOException e) {
                throw new SQLException("cannot create the folder of " + this, e);
            }
            return DriverManager.getConnection(url);
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

    @Override
    public String toString() {
        return url;
    }
}
