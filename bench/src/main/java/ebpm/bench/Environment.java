package ebpm.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the figures were measured on: the head of every results file. */
final class Environment {

    private Environment() {
    }

    static Map<String, String> describe() throws IOException, SQLException {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("JDK", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        facts.put("OS", osName() + " (" + System.getProperty("os.name") + " " + System.getProperty("os.version")
                + ", " + System.getProperty("os.arch") + ")");
        facts.put("CPU model", firstValue(Path.of("/proc/cpuinfo"), "model name"));
        facts.put("cores", Runtime.getRuntime().availableProcessors() + " (as the JVM sees them)");
        facts.put("memory", firstValue(Path.of("/proc/meminfo"), "MemTotal"));
        facts.put("DuckDB", duckDbVersion());
        return facts;
    }

    /** The 1, 5 and 15 minute load averages: the machine is shared, so every results file says how busy it was. */
    static String load() throws IOException {
        String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
        return parts[0] + " " + parts[1] + " " + parts[2];
    }

    static String machine() {
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            try {
                host = Files.readString(Path.of("/etc/hostname")).trim();
            } catch (IOException e) {
                host = "unknown";
            }
        }
        return host.replaceAll("[^A-Za-z0-9_.-]", "_");
    }

    private static String osName() throws IOException {
        Path release = Path.of("/etc/os-release");
        if (!Files.exists(release)) {
            return "?";
        }
        for (String line : Files.readAllLines(release)) {
            if (line.startsWith("PRETTY_NAME=")) {
                return line.substring("PRETTY_NAME=".length()).replace("\"", "");
            }
        }
        return "?";
    }

    private static String firstValue(Path file, String key) throws IOException {
        if (!Files.exists(file)) {
            return "?";
        }
        List<String> lines = Files.readAllLines(file);
        for (String line : lines) {
            if (line.startsWith(key)) {
                return line.substring(line.indexOf(':') + 1).trim();
            }
        }
        return "?";
    }

    private static String duckDbVersion() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT version()")) {
            rows.next();
            return rows.getString(1) + " (duckdb_jdbc, in-process)";
        }
    }
}
