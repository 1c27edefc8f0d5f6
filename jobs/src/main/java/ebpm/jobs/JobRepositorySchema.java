package ebpm.jobs;

import ebpm.analytics.indicatordb.SqlScript;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * The Spring Batch tables of a job repository on PostgreSQL, made from the script Spring Batch ships by
 * {@code ebpm db migrate} (or by a night whose role may), never by Spring Boot as the night starts: the night's role
 * has no DDL ({@link BatchApplication} leaves {@code spring.batch.jdbc.initialize-schema} at {@code never} there).
 * The H2 default is the night's own file, which Spring Boot makes as before.
 */
public final class JobRepositorySchema {

    private static final String SCRIPT = "org/springframework/batch/core/schema-postgresql.sql";
    /** PostgreSQL's insufficient_privilege: the role may not create tables. */
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    private final String url;

    public JobRepositorySchema(String url) {
        this.url = url;
    }

    /** Whether the tables are there (looked up by name, which needs no privilege on them). */
    public boolean present() throws SQLException {
        try (Connection connection = connect();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT to_regclass('batch_job_instance') IS NOT NULL")) {
            rows.next();
            return rows.getBoolean(1);
        }
    }

    /**
     * Makes the tables and sequences in one transaction, unless they are there.
     *
     * @return whether they were made
     * @throws SQLException saying to run {@code ebpm db migrate} as the owner when the role may not make them
     */
    public boolean create() throws SQLException {
        if (present()) {
            return false;
        }
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            try {
                for (String ddl : SqlScript.statements(script())) {
                    statement.execute(ddl);
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                if (INSUFFICIENT_PRIVILEGE.equals(e.getSQLState())) {
                    throw new SQLException("the job repository has no Spring Batch tables, this ebpm needs them: "
                            + "run 'ebpm db migrate' as the database owner", e.getSQLState(), e);
                }
                throw e;
            }
        }
        return true;
    }

    /** With the credentials Spring's data source gets ({@link BatchApplication}): the environment's, else the URL's. */
    private Connection connect() throws SQLException {
        Properties credentials = new Properties();
        if (System.getenv("EBPM_DB_USER") != null) {
            credentials.setProperty("user", System.getenv("EBPM_DB_USER"));
        }
        if (System.getenv("EBPM_DB_PASSWORD") != null) {
            credentials.setProperty("password", System.getenv("EBPM_DB_PASSWORD"));
        }
        try {
            return DriverManager.getConnection(url, credentials);
        } catch (SQLException e) {
            throw new SQLException("cannot connect to the job repository " + url + ": " + e.getMessage(),
                    e.getSQLState(), e);
        }
    }

    private static String script() {
        try (InputStream in = JobRepositorySchema.class.getClassLoader().getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException("Spring Batch's " + SCRIPT + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SCRIPT, e);
        }
    }
}
