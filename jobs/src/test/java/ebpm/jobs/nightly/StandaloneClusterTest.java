package ebpm.jobs.nightly;

import static ebpm.jobs.cli.WorkQueries.query;
import static org.assertj.core.api.Assertions.assertThat;

import ebpm.jobs.cli.Ebpm;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The nightly indicator step on a real Spark cluster: a standalone master and worker on loopback, the spark-submit
 * entry point ({@code ebpm.spark.SparkIndicatorJob}) as the driver, the sample data's lake as shared storage. The
 * values it stores are the ones DuckDB computes.
 */
class StandaloneClusterTest {

    /** Rounded to far below any unit's precision, so that a sum added in another order still compares equal. */
    private static final String VALUES = "SELECT indicator_code, area_code, breakdown, period_type, period, "
            + "round(value, 6), round(target, 6) FROM indicator_value ORDER BY ALL";

    @TempDir
    Path work;
    @TempDir
    Path cluster;

    @Test
    void computesTheIndicatorsDuckDbComputes() throws Exception {
        assertThat(Ebpm.nightly(Ebpm.SAMPLE_LANDING, work).exitCode()).isZero();
        Path clusterDb = cluster.resolve("indicators.duckdb");

        try (SparkStandaloneCluster spark = SparkStandaloneCluster.start(cluster)) {
            int exitCode = spark.submit("ebpm.spark.SparkIndicatorJob", List.of(
                    "--lake", work.resolve("lake").toUri().toString(),
                    "--indicator-db", clusterDb.toString(),
                    "--run-id", "cluster"), Duration.ofMinutes(5));

            assertThat(exitCode).as(spark.logs()).isZero();
            assertThat(spark.logs()).contains("on Spark 4.1.3 " + spark.masterUrl());
        }
        List<List<Object>> onCluster = query(cluster, VALUES);
        assertThat(onCluster).isNotEmpty().isEqualTo(query(work, VALUES));
        assertThat(query(cluster, "SELECT DISTINCT run_id FROM indicator_value")).containsExactly(List.of("cluster"));
    }
}
