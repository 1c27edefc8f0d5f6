package ebpm.jobs.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import ebpm.jobs.cli.Ebpm;
import ebpm.jobs.cli.TestFolders;
import ebpm.jobs.cli.WorkQueries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A nightly run killed with SIGKILL ({@code kill -9}) and started again ends with exactly what an uninterrupted
 * run produces: every lake row, every reject, every manifest entry and every indicator value, nothing twice.
 * (That a re-run over the same inputs changes nothing is {@code NightlyJobTest}'s.)
 */
class KillAndRestartTest {

    /** Test-only models that keep the indicator step busy (see the SQL's header); not on the product classpath. */
    private static final Path SLOW_MODELS = Path.of("src", "test", "slow-models");
    private static final int OBSERVATION_ROWS = 100_000;

    @TempDir
    static Path shared;
    static Path landing;
    static Path reference;

    @TempDir
    Path work;

    @BeforeAll
    static void referenceRunOverALandingZoneLargeEnoughToKillInTheMiddleOf() throws IOException {
        landing = shared.resolve("landing");
        // The sample's measures and observations plus one large file: what matters is where the kill lands.
        TestFolders.copyTree(Ebpm.SAMPLE_LANDING.resolve("measures"), landing.resolve("measures"));
        TestFolders.copyTree(Ebpm.SAMPLE_LANDING.resolve("observations"), landing.resolve("observations"));
        writeManyObservations(landing.resolve("observations/many-observations.csv"));
        reference = shared.resolve("reference");
        Ebpm.Result uninterrupted = Ebpm.nightly(landing, reference);
        assertThat(uninterrupted.exitCode()).as(uninterrupted.err()).isZero();
    }

    @Test
    void killedInTheMiddleOfIngestThenRestartedEqualsAnUninterruptedRun() throws Exception {
        NightlyProcess nightly = NightlyProcess.start(landing, work);
        Path observations = work.resolve("lake/observations");
        nightly.awaitWhileRunning("the observations Parquet file is being written",
                () -> hasFileEndingWith(observations, ".parquet.tmp"));

        nightly.killHard();

        assertThat(stepStatuses(work)).containsEntry("ingestMeasures", "COMPLETED")
                .containsEntry("ingestObservations", "STARTED").doesNotContainKey("computeIndicators");
        restartAndCompareWithReference();
    }

    @Test
    void killedInTheMiddleOfIndicatorsThenRestartedEqualsAnUninterruptedRunAndASecondLaunchMeanwhileIsRefused()
            throws Exception {
        NightlyProcess nightly = NightlyProcess.start(landing, work, SLOW_MODELS);
        nightly.awaitWhileRunning("the first indicator is computed", () -> nightly.printed("indicator 1/"));

        Ebpm.Result second = Ebpm.nightly(landing, work);
        assertThat(second.exitCode()).isEqualTo(3);
        assertThat(second.err()).contains("another nightly run");
        assertThat(nightly.isAlive()).isTrue();

        nightly.killHard();

        assertThat(stepStatuses(work)).containsEntry("ingestObservations", "COMPLETED")
                .containsEntry("computeIndicators", "STARTED");
        // The night writes a private copy, published once its values are committed: consumers see none of it (on
        // this first night, no database at all).
        assertThat(work.resolve("indicators.duckdb")).doesNotExist();
        assertThat(work.resolve("indicators.duckdb.building")).exists();
        restartAndCompareWithReference();
    }

    @Test
    void killedThenRestartedInACopyOfTheWorkFolderCarriesOnThereAloneAndEqualsAnUninterruptedRun() throws Exception {
        Path firstDisk = work.resolve("first-disk");
        NightlyProcess nightly = NightlyProcess.start(landing, firstDisk, SLOW_MODELS);
        nightly.awaitWhileRunning("the first indicator is computed", () -> nightly.printed("indicator 1/"));
        nightly.killHard();
        // The operator moves the work folder to a bigger disk and restarts the run there.
        Path biggerDisk = TestFolders.copyTree(firstDisk, work.resolve("bigger-disk"));

        restartAndCompareWithReference(biggerDisk);

        assertThat(firstDisk.resolve("indicators.duckdb")).as("nothing published in the folder left behind")
                .doesNotExist();
        assertThat(firstDisk.resolve("evidence")).doesNotExist();
    }

    private void restartAndCompareWithReference() throws Exception {
        restartAndCompareWithReference(work);
    }

    private void restartAndCompareWithReference(Path work) throws Exception {
        Ebpm.Result restart = Ebpm.nightly(landing, work);

        assertThat(restart.exitCode()).as(restart.err()).isZero();
        assertThat(jobRepository(work, "SELECT count(*) FROM batch_job_instance")).isEqualTo("1");
        assertThat(jobRepository(work, "SELECT count(*) FROM batch_job_execution")).isEqualTo("2");
        assertThat(lakeFiles(work)).isEqualTo(lakeFiles(reference)).noneMatch(name -> name.endsWith(".tmp"));
        assertThat(lakeRows(work)).isEqualTo(lakeRows(reference));
        assertThat(folderContents(work.resolve("rejects"))).isEqualTo(folderContents(reference.resolve("rejects")));
        assertThat(manifest(work)).isEqualTo(manifest(reference));
        assertThat(indicatorValues(work)).isNotEmpty().isEqualTo(indicatorValues(reference));
        assertThat(WorkQueries.query(work, "SELECT count(*) FROM indicator_value_history"))
                .isEqualTo(WorkQueries.query(reference, "SELECT count(*) FROM indicator_value_history"));
    }

    /** Every lake row of every source except the time it was ingested, in a stable order. */
    private static Map<String, List<List<Object>>> lakeRows(Path work) throws SQLException, IOException {
        Map<String, List<List<Object>>> rows = new TreeMap<>();
        try (Stream<Path> sources = Files.list(work.resolve("lake"))) {
            for (Path source : sources.sorted().toList()) {
                String glob = source.resolve("**").resolve("*.parquet").toString();
                rows.put(source.getFileName().toString(), WorkQueries.query(work,
                        "SELECT * EXCLUDE (ingested_at) FROM read_parquet('" + glob + "', hive_partitioning = true) "
                                + "ORDER BY ALL"));
            }
        }
        return rows;
    }

    private static List<String> lakeFiles(Path work) throws IOException {
        Path lake = work.resolve("lake");
        try (Stream<Path> files = Files.walk(lake)) {
            return files.filter(Files::isRegularFile).map(file -> lake.relativize(file).toString()).sorted().toList();
        }
    }

    private static Map<String, String> folderContents(Path folder) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    contents.put(folder.relativize(file).toString(), Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        }
        return contents;
    }

    private static List<List<Object>> manifest(Path work) throws SQLException {
        return WorkQueries.query(work, "SELECT source, file_name, checksum, status, rows_read, rows_written, "
                + "rows_rejected, message, run_id FROM ingest_manifest ORDER BY ALL");
    }

    private static List<List<Object>> indicatorValues(Path work) throws SQLException {
        return WorkQueries.query(work, "SELECT indicator_code, area_code, breakdown, period_type, period, value, "
                + "target, run_id FROM indicator_value ORDER BY ALL");
    }

    /** The status of each step as the job repository recorded it, read after the process died. */
    private static Map<String, String> stepStatuses(Path work) throws SQLException {
        Map<String, String> statuses = new TreeMap<>();
        try (Connection connection = jobRepository(work);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT step_name, status FROM batch_step_execution")) {
            while (rows.next()) {
                statuses.put(rows.getString(1), rows.getString(2));
            }
        }
        return statuses;
    }

    private static String jobRepository(Path work, String sql) throws SQLException {
        try (Connection connection = jobRepository(work);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static Connection jobRepository(Path work) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + work.resolve("job-repository").resolve("ebpm"), "sa", "");
    }

    static boolean hasFileEndingWith(Path folder, String suffix) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(file -> file.getFileName().toString().endsWith(suffix));
        } catch (IOException | UncheckedIOException e) {
            return false; // the folder changes under us while the run writes; look again
        }
    }

    /** Published values of a test indicator, one per breakdown, with a few bad rows among them. */
    static void writeManyObservations(Path file) throws IOException {
        List<String> lines = new ArrayList<>(OBSERVATION_ROWS + 1);
        lines.add("指標コード,地域コード,区分,期間種別,期間,公表値,状態,出典");
        for (int i = 1; i <= OBSERVATION_ROWS; i++) {
            String value = i % 50_000 == 0 ? "unknown" : (i % 1000) / 10.0 + "%";
            lines.add("test_share,140007,区分" + i + ",FY,2020," + value + ",確報,kill test");
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }
}
