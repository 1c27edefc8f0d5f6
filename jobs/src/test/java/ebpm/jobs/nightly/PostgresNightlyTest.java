package ebpm.jobs.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import ebpm.analytics.indicatordb.TestPostgres;
import ebpm.jobs.cli.Ebpm;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The nightly job with both databases on a real PostgreSQL server holds exactly what the embedded default holds
 * after the same run, and writes the same evidence.
 */
class PostgresNightlyTest {

    private static final String VALUES = "SELECT indicator_code, area_code, breakdown, period_type, period, value, "
            + "value_status, target, run_id FROM indicator_value ORDER BY 1, 2, 3, 4, 5";
    private static final String MANIFEST = "SELECT source, file_name, checksum, status, rows_read, rows_written, "
            + "rows_rejected, run_id FROM ingest_manifest ORDER BY 1, 2";
    private static final String DEFINITIONS = "SELECT * FROM indicator ORDER BY code";

    @TempDir
    Path embeddedWork;

    @TempDir
    Path postgresWork;

    @Test
    void postgresHoldsTheSameValuesAsTheEmbeddedDefaultAfterTheSameRun() throws Exception {
        String indicators = TestPostgres.newDatabaseUrl();
        String jobRepository = TestPostgres.newDatabaseUrl();

        assertThat(Ebpm.nightly(Ebpm.SAMPLE_LANDING, embeddedWork).exitCode()).isZero();
        Ebpm.Result onPostgres = Ebpm.run("nightly", "--landing", Ebpm.SAMPLE_LANDING.toString(),
                "--work", postgresWork.toString(), "--as-of", "2026-11-21",
                "--indicator-db", indicators, "--job-repository", jobRepository);

        assertThat(onPostgres.exitCode()).as(onPostgres.err()).isZero();
        String duckDb = "jdbc:duckdb:" + embeddedWork.resolve("indicators.duckdb");
        assertThat(rows(indicators, VALUES)).isNotEmpty().isEqualTo(rows(duckDb, VALUES));
        assertThat(rows(indicators, MANIFEST)).isNotEmpty().isEqualTo(rows(duckDb, MANIFEST));
        assertThat(rows(indicators, DEFINITIONS)).isNotEmpty().isEqualTo(rows(duckDb, DEFINITIONS));
        assertThat(postgresWork.resolve("indicators.duckdb")).doesNotExist();
        assertThat(postgresWork.resolve("job-repository")).doesNotExist();
        assertThat(rows(jobRepository, "SELECT status FROM batch_job_execution"))
                .containsExactly(List.of("COMPLETED"));
        assertThat(Ebpm.run("status", "--work", postgresWork.toString(), "--job-repository", jobRepository).out())
                .contains("run 2026-11-21#1  COMPLETED").containsPattern("indicator values: (\\d+) computed, \\1 new or changed");
    }

    @Test
    void evidenceReadsThePostgresIndicatorDatabase() throws Exception {
        String indicators = TestPostgres.newDatabaseUrl();
        String jobRepository = TestPostgres.newDatabaseUrl();
        Ebpm.run("nightly", "--landing", Ebpm.SAMPLE_LANDING.toString(), "--work", postgresWork.toString(),
                "--as-of", "2026-11-21", "--indicator-db", indicators, "--job-repository", jobRepository);
        assertThat(Ebpm.nightly(Ebpm.SAMPLE_LANDING, embeddedWork).exitCode()).isZero();

        // The nightly pack's year: the ICT plan's latest sheet.
        Ebpm.Result evidence = Ebpm.run("evidence", "achievement-by-pillar", "--fy", "2022", "--format", "csv",
                "--work", postgresWork.toString(), "--indicator-db", indicators,
                "--out", postgresWork.resolve("out").toString());

        assertThat(evidence.exitCode()).as(evidence.err()).isZero();
        assertThat(postgresWork.resolve("out/achievement-by-pillar_FY2022.csv")).hasSameTextualContentAs(
                embeddedWork.resolve("evidence/2026-11-21/achievement-by-pillar_FY2022.csv"));
    }

    @Test
    void aPasswordInTheUrlIsRefusedBeforeAnythingRuns() {
        Ebpm.Result result = Ebpm.run("nightly", "--landing", Ebpm.SAMPLE_LANDING.toString(),
                "--work", postgresWork.toString(), "--indicator-db",
                "jdbc:postgresql://localhost:5432/ebpm?user=ebpm&password=secret");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("EBPM_DB_PASSWORD").doesNotContain("secret");
    }

    private static List<List<Object>> rows(String url, String sql) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    Object value = result.getObject(i);
                    row.add(value instanceof Number number && !(value instanceof Double) ? number.longValue() : value);
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
