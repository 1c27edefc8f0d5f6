package ebpm.jobs.nightly;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;

/**
 * A scheduled consumer of the indicator database in a JVM of its own (DuckDB's file lock is per process: a second
 * connection in the test's JVM would not show the conflict). {@code hold} opens a read-only connection and keeps it
 * until told to stop; {@code poll} opens, reads and closes every 100 ms. Each writes one line per read: what it saw
 * of the manifest and the values ({@link #SNAPSHOT}).
 */
final class IndicatorConsumer {

    /** Enough to tell two nights apart, and a mix of them (one night's manifest with the other's values). */
    static final String SNAPSHOT = """
            SELECT (SELECT count(*) FROM ingest_manifest) || ' files, ' || (SELECT count(*) FROM indicator_value)
              || ' values ' || (SELECT coalesce(sum(hash(indicator_code, area_code, breakdown, period, value)), 0)
                                FROM indicator_value)""";

    private IndicatorConsumer() {
    }

    /** Starts {@code mode} (hold or poll) on {@code database} until {@code stop} exists, writing to {@code seen}. */
    static Process start(String mode, Path database, Path stop, Path seen) throws IOException {
        List<String> command = List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx128m", "-cp",
                System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                IndicatorConsumer.class.getName(), mode, database.toString(), stop.toString(), seen.toString());
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(seen.resolveSibling(seen.getFileName() + ".log").toFile()).start();
    }

    public static void main(String[] args) throws Exception {
        Path database = Path.of(args[1]);
        Path stop = Path.of(args[2]);
        Path seen = Path.of(args[3]);
        if (args[0].equals("hold")) {
            try (Connection connection = readOnly(database)) {
                record(seen, snapshot(connection));
                while (!Files.exists(stop)) {
                    Thread.sleep(50);
                }
                record(seen, snapshot(connection));
            }
        } else {
            while (!Files.exists(stop)) {
                try (Connection connection = readOnly(database)) {
                    record(seen, snapshot(connection));
                }
                Thread.sleep(100);
            }
        }
    }

    private static Connection readOnly(Path database) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("duckdb.read_only", "true");
        return DriverManager.getConnection("jdbc:duckdb:" + database, properties);
    }

    private static String snapshot(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(SNAPSHOT)) {
            row.next();
            return row.getString(1);
        }
    }

    private static void record(Path seen, String line) throws IOException {
        Files.writeString(seen, line + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }
}
