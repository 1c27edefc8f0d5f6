package ebpm.spark;

import ebpm.analytics.catalog.ModelCatalog;
import ebpm.analytics.engine.IndicatorComputation;
import ebpm.analytics.indicatordb.IndicatorDatabase;
import ebpm.analytics.indicatordb.IndicatorStore;
import ebpm.analytics.project.Project;
import ebpm.analytics.withdrawal.Withdrawal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;

/**
 * The nightly indicator step under {@code spark-submit}: computes every indicator of the catalog on the cluster from
 * a lake on shared storage and upserts the values into the indicator database from the driver.
 *
 * <pre>
 * spark-submit --class ebpm.spark.SparkIndicatorJob ebpm-spark-engine-…-spark-submit.jar \
 *     --lake hdfs:///data/ebpm/lake --indicator-db /srv/ebpm/indicators.duckdb [--run-id 2026-11-21#1] \
 *     [--project /srv/ebpm/project]
 * </pre>
 *
 * {@code --indicator-db} is a DuckDB file on the driver's machine (use client deploy mode) or a JDBC URL whose driver
 * is on the driver's classpath. Exit code 0 on success, 1 on failure, 2 on a usage error.
 */
public final class SparkIndicatorJob {

    private SparkIndicatorJob() {
    }

    public static void main(String[] args) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("ebpm spark job: " + e.getMessage());
            System.err.println("usage: SparkIndicatorJob --lake URI --indicator-db PATH|JDBC-URL [--run-id ID] "
                    + "[--project DIR]");
            System.exit(2);
            return;
        }
        int exitCode = 0;
        SparkSession spark = SparkSessions.batch();
        try {
            run(spark, arguments).forEach(outcome -> System.out.printf("%s: %d values, %d new or changed, "
                    + "%d withdrawn%n", outcome.indicatorCode(), outcome.values(), outcome.changed(),
                    outcome.withdrawn()));
        } catch (Exception e) {
            e.printStackTrace();
            exitCode = 1;
        } finally {
            spark.stop();
        }
        System.exit(exitCode);
    }

    static List<IndicatorComputation.Outcome> run(SparkSession spark, Arguments arguments) throws Exception {
        try (IndicatorDatabase database = IndicatorStore.of(arguments.jdbcUrl(), System.getenv()).open()) {
            // The withdrawals in force (ebpm withdraw) leave their rows out, as on the nightly's own engines.
            List<Withdrawal> withdrawals = database.withdrawals().inForce();
            ModelCatalog catalog = ModelCatalog.load(Project.select(arguments.project())).withWithdrawals(withdrawals);
            try (SparkEngine engine = SparkEngine.open(spark, arguments.lake(), catalog)) {
                System.out.println("ebpm: computing " + catalog.indicators().size() + " indicators on "
                        + engine.description() + " from " + arguments.lake());
                withdrawals.forEach(withdrawal -> System.out.printf("ebpm: withdrawal #%d applied: %s left out%n",
                        withdrawal.id(), withdrawal.what()));
                return new IndicatorComputation(catalog).run(engine, database, arguments.runId(), Instant.now(),
                        (model, values) -> System.out.printf("ebpm: %s computed, %d values%n", model.indicatorCode(),
                                values.size()));
            }
        }
    }

    /** @param project the office's project folder on the driver's machine; empty for the built-in project */
    record Arguments(String lake, String indicatorDb, String runId, Optional<Path> project) {

        static Arguments parse(String[] args) {
            String lake = null;
            String indicatorDb = null;
            String runId = null;
            String project = null;
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (args[i]) {
                    case "--lake" -> lake = value;
                    case "--indicator-db" -> indicatorDb = value;
                    case "--run-id" -> runId = value;
                    case "--project" -> project = value;
                    default -> throw new IllegalArgumentException("unknown argument " + args[i]);
                }
                if (value == null) {
                    throw new IllegalArgumentException(args[i] + " needs a value");
                }
                i++;
            }
            if (lake == null || indicatorDb == null) {
                throw new IllegalArgumentException("--lake and --indicator-db are required");
            }
            return new Arguments(lake, indicatorDb, runId == null ? "spark-submit " + Instant.now() : runId,
                    Optional.ofNullable(project).map(Path::of));
        }

        /** A plain path is a DuckDB file (its folder created if need be); anything starting with jdbc: is used as is. */
        String jdbcUrl() throws java.io.IOException {
            if (indicatorDb.startsWith("jdbc:")) {
                return indicatorDb;
            }
            Path file = Path.of(indicatorDb).toAbsolutePath();
            Files.createDirectories(file.getParent());
            return "jdbc:duckdb:" + file;
        }
    }
}
