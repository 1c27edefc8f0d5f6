package ebpm.analytics.engine;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Opens DuckDB connections within the memory this process may use beside the JVM. DuckDB's own default is 80 % of
 * the machine whatever the JVM already holds, so a large night (the effects of 10 million new keys, a 100-million-row
 * lake) could take the machine's memory from under the JVM's heap. Here DuckDB gets what is left after the heap and
 * a reserve for the JVM's own memory, and spills beyond it to a temporary folder of this process. An office sets it
 * with {@code EBPM_DUCKDB_MEMORY} (or {@code -Debpm.duckdb.memory}), e.g. {@code 4GB}, as DuckDB writes sizes.
 */
public final class DuckDbMemory {

    private static final long MIB = 1024L * 1024;
    /** Metaspace, code, thread stacks, GC structures and the OS's share: outside the heap, not DuckDB's. */
    private static final long JVM_RESERVE = 1024 * MIB;
    private static final long AT_LEAST = 256 * MIB;

    private DuckDbMemory() {
    }

    /** A new in-memory DuckDB database within the budget. */
    public static Connection inMemory() throws SQLException {
        Properties config = new Properties();
        config.setProperty("memory_limit", limit());
        config.setProperty("temp_directory", temporaryFolder().toString());
        return DriverManager.getConnection("jdbc:duckdb:", config);
    }

    /** The office's setting, else the machine's memory less the JVM's heap and reserve, e.g. {@code 22528MB}. */
    static String limit() {
        String set = System.getProperty("ebpm.duckdb.memory", System.getenv("EBPM_DUCKDB_MEMORY"));
        if (set != null && !set.isBlank()) {
            return set.strip();
        }
        return budget(machineMemory(), Runtime.getRuntime().maxMemory()) / MIB + "MB";
    }

    static long budget(long machine, long heap) {
        return Math.max(AT_LEAST, machine - heap - JVM_RESERVE);
    }

    private static long machineMemory() {
        // The container's limit where there is one (the JDK reads cgroups), else the machine's.
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
    }

    private static Path temporaryFolder() {
        return Path.of(System.getProperty("java.io.tmpdir"))
                .resolve("ebpm-duckdb-" + ProcessHandle.current().pid()).toAbsolutePath();
    }
}
