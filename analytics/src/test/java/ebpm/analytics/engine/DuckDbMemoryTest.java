package ebpm.analytics.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** DuckDB gets the machine's memory less the JVM's heap and reserve, and spills to a folder of this process. */
class DuckDbMemoryTest {

    private static final long GIB = 1024L * 1024 * 1024;

    @Test
    void duckDbGetsWhatTheHeapAndTheJvmLeave() {
        assertThat(DuckDbMemory.budget(24 * GIB, 2 * GIB)).isEqualTo(21 * GIB);
        assertThat(DuckDbMemory.budget(2 * GIB, 2 * GIB)).isEqualTo(256L * 1024 * 1024);
    }

    @Test
    void anOfficeSettingWins() throws Exception {
        System.setProperty("ebpm.duckdb.memory", "1GB");
        try (Connection connection = DuckDbMemory.inMemory(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT current_setting('memory_limit'), "
                     + "current_setting('temp_directory')")) {
            rows.next();
            assertThat(rows.getString(1)).isIn("1.0 GiB", "953.6 MiB", "1.0 GB");
            assertThat(rows.getString(2)).contains("ebpm-duckdb-" + ProcessHandle.current().pid());
        } finally {
            System.clearProperty("ebpm.duckdb.memory");
        }
    }

    @Test
    void withoutASettingTheLimitIsTheBudget() throws Exception {
        try (Connection connection = DuckDbMemory.inMemory(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT current_setting('memory_limit')")) {
            rows.next();
            assertThat(DuckDbMemory.limit()).endsWith("MB");
            assertThat(rows.getString(1)).isNotBlank();
        }
    }
}
