package ebpm.jobs.nightly;

import static ebpm.jobs.cli.WorkQueries.query;
import static org.assertj.core.api.Assertions.assertThat;

import ebpm.jobs.cli.Ebpm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ebpm nightly --engine spark} on the sample data, as a user runs it, against the default engine's run. */
class SparkNightlyTest {

    private static final String VALUES = "SELECT indicator_code, area_code, breakdown, period_type, period, value, "
            + "value_status, target, run_id FROM indicator_value ORDER BY ALL";

    @TempDir
    Path onDuckDb;
    @TempDir
    Path onSpark;

    @Test
    void givesTheSameIndicatorValuesAndByteIdenticalEvidenceTables() throws Exception {
        Ebpm.Result duckDb = Ebpm.nightly(Ebpm.SAMPLE_LANDING, onDuckDb);
        Ebpm.Result spark = Ebpm.run("nightly", "--landing", Ebpm.SAMPLE_LANDING.toString(), "--work",
                onSpark.toString(), "--as-of", "2026-11-21", "--engine", "spark");

        assertThat(spark.exitCode()).as(spark.err()).isZero();
        assertThat(duckDb.out()).contains("engine DuckDB");
        assertThat(spark.out()).contains("engine Spark 4.1.3 local[2]");
        assertThat(query(onSpark, VALUES)).isEqualTo(query(onDuckDb, VALUES)).isNotEmpty();
        List<Path> tables = csvFiles(onDuckDb);
        assertThat(tables).isNotEmpty();
        for (Path table : tables) {
            Path same = pack(onSpark).resolve(table.getFileName());
            assertThat(Files.readAllBytes(same)).as(table.getFileName().toString())
                    .isEqualTo(Files.readAllBytes(table));
        }
        assertThat(csvFiles(onSpark)).hasSameSizeAs(tables);
    }

    @Test
    void anUnknownEngineIsRefusedBeforeAnythingRuns(@TempDir Path work) {
        Ebpm.Result result = Ebpm.run("nightly", "--landing", Ebpm.SAMPLE_LANDING.toString(), "--work",
                work.toString(), "--engine", "hive");

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.err()).contains("no indicator engine named 'hive'; choose one of [duckdb, spark]");
        assertThat(work.resolve("lake")).doesNotExist();
    }

    private static Path pack(Path work) {
        return work.resolve("evidence").resolve("2026-11-21");
    }

    private static List<Path> csvFiles(Path work) throws IOException {
        try (Stream<Path> files = Files.list(pack(work))) {
            return files.filter(file -> file.toString().endsWith(".csv")).sorted().toList();
        }
    }
}
