package ebpm.jobs.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import ebpm.analytics.catalog.Model;
import ebpm.analytics.catalog.ModelCatalog;
import ebpm.analytics.engine.DuckDbSession;
import ebpm.analytics.engine.IndicatorEngine;
import ebpm.analytics.engine.IndicatorEngines;
import ebpm.analytics.engine.IndicatorValue;
import ebpm.analytics.engine.QueryRows;
import ebpm.analytics.withdrawal.Withdrawal;
import ebpm.jobs.cli.SampleRun;
import ebpm.jobs.cli.TestFolders;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every indicator of the catalog gives the same values on Spark as on DuckDB over the lake the sample data
 * produces: the same keys, the same numbers and the same status (速報, 確報, 計算). A new indicator is covered by adding its files; no new test is
 * needed.
 */
class EngineEqualityTest {

    /**
     * Numbers agree to 1e-9 of their size: far finer than any unit's precision (evidence shows at most a few
     * decimals), while a sum whose terms the engines add in another order may differ in its last bits.
     */
    private static final double RELATIVE_TOLERANCE = 1e-9;

    static Path work;
    static final ModelCatalog CATALOG = ModelCatalog.load();
    static DuckDbSession duckDb;
    static IndicatorEngine spark;

    @BeforeAll
    static void bothEnginesOnTheLakeOfTheSampleData() throws SQLException {
        work = SampleRun.work();
        duckDb = DuckDbSession.open(work.resolve("lake"), CATALOG);
        spark = IndicatorEngines.open("spark", work.resolve("lake"), CATALOG);
    }

    @AfterAll
    static void close() throws SQLException {
        spark.close();
        duckDb.close();
    }

    static Stream<Model> indicators() {
        return CATALOG.indicators().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("indicators")
    void sparkGivesTheValuesDuckDbGives(Model indicator) throws SQLException {
        Map<String, IndicatorValue> onDuckDb = byKey(duckDb.evaluate(indicator));
        Map<String, IndicatorValue> onSpark = byKey(spark.evaluate(indicator));

        assertThat(onDuckDb).as("values of %s on DuckDB", indicator.name()).isNotEmpty();
        assertSameValues(indicator, onDuckDb, onSpark);
    }

    /**
     * The staging models' filters of withdrawn rows (ebpm withdraw) work alike on both engines: a whole measure
     * sheet, a whole GA4 export and one health key withdrawn change the indicators that read them, the same way.
     */
    @Test
    void withdrawnRowsLeaveTheSameValuesOnBothEngines() throws SQLException {
        List<Object> sheet = first("SELECT source_checksum, source_file FROM src_measures ORDER BY ALL");
        List<Object> export = first("SELECT source_checksum, source_file FROM src_page_views ORDER BY ALL");
        List<Object> health = first("SELECT source_checksum, source_file, fiscal_year, municipality_code, "
                + "project_name FROM src_health_evaluations ORDER BY ALL");
        ModelCatalog withdrawn = CATALOG.withWithdrawals(List.of(
                wholeFile("measures", "measures", sheet), wholeFile("tourism-pv", "page_views", export),
                Withdrawal.of("health", "health_evaluations", List.of((String) health.get(1)),
                        List.of((String) health.get(0)), health.subList(2, 5).stream().map(String::valueOf).toList(),
                        1, "test", "test", Instant.now())));
        try (DuckDbSession duckDbWithdrawn = DuckDbSession.open(work.resolve("lake"), withdrawn);
             IndicatorEngine sparkWithdrawn = IndicatorEngines.open("spark", work.resolve("lake"), withdrawn)) {
            for (String name : List.of("ind_measures_with_indicator", "ind_tourism_pageviews",
                    "ind_health_evaluated_projects")) {
                Model indicator = withdrawn.model(name);
                Map<String, IndicatorValue> onDuckDb = byKey(duckDbWithdrawn.evaluate(indicator));

                assertThat(onDuckDb).as("%s without the withdrawn rows", name)
                        .isNotEqualTo(byKey(duckDb.evaluate(indicator)));
                assertSameValues(indicator, onDuckDb, byKey(sparkWithdrawn.evaluate(indicator)));
            }
        }
    }

    /**
     * An overlapping re-export (a later file that holds a day an earlier file holds, with other numbers and one more
     * page) replaces the earlier file's rows of that day alike on both engines: the staging model's two paths, days
     * of one file and days of several, both meet real rows.
     */
    @Test
    void anOverlappingReExportReplacesTheSameRowsOnBothEngines(@TempDir Path copy) throws Exception {
        Path lake = TestFolders.copyTree(work.resolve("lake"), copy.resolve("lake"));
        Path year = lake.resolve("page_views/fiscal_year=2020");
        String june = "read_parquet('" + year + "/inbound_*2020-06_*.parquet', hive_partitioning = false) "
                + "WHERE view_date = DATE '2020-06-01'";
        String reExport = "'inbound_ga4-pages-2020-06 (2).csv' AS source_file, 'reexport' AS source_checksum, "
                + "ingested_at + INTERVAL 1 DAY AS ingested_at";
        try (Statement statement = duckDb.connection().createStatement()) {
            statement.execute("COPY (SELECT * REPLACE (views + views AS views, " + reExport + ") FROM " + june
                    + " UNION ALL BY NAME (SELECT * REPLACE ('/only-in-the-re-export/' AS page_path, " + reExport
                    + ") FROM " + june + " LIMIT 1)) TO '" + year.resolve("re-export.parquet") + "' (FORMAT parquet)");
        }
        assertThat(first("SELECT count(*) - 1 - (SELECT count(*) FROM " + june + ") FROM read_parquet('"
                + year.resolve("re-export.parquet") + "')")).as("the re-export: the day again and one more page")
                .containsExactly(0L);
        Model indicator = CATALOG.model("ind_tourism_pageviews");
        try (DuckDbSession duckDbReExported = DuckDbSession.open(lake, CATALOG);
             IndicatorEngine sparkReExported = IndicatorEngines.open("spark", lake, CATALOG)) {
            Map<String, IndicatorValue> onDuckDb = byKey(duckDbReExported.evaluate(indicator));

            assertThat(onDuckDb).as("with the re-export").isNotEqualTo(byKey(duckDb.evaluate(indicator)));
            assertSameValues(indicator, onDuckDb, byKey(sparkReExported.evaluate(indicator)));
        }
    }

    private static Withdrawal wholeFile(String source, String lakeTable, List<Object> file) {
        return Withdrawal.of(source, lakeTable, List.of((String) file.get(1)), List.of((String) file.get(0)),
                List.of(), 1, "test", "test", Instant.now());
    }

    private static List<Object> first(String sql) throws SQLException {
        return QueryRows.of(duckDb.connection(), sql + " LIMIT 1").get(0);
    }

    private static void assertSameValues(Model indicator, Map<String, IndicatorValue> onDuckDb,
                                         Map<String, IndicatorValue> onSpark) {
        assertThat(onSpark.keySet()).as("keys of %s on Spark", indicator.name()).isEqualTo(onDuckDb.keySet());
        onDuckDb.forEach((key, expected) -> {
            IndicatorValue actual = onSpark.get(key);
            assertThat(equal(actual.value(), expected.value())).as("value of %s %s: Spark %s, DuckDB %s",
                    indicator.name(), key, actual.value(), expected.value()).isTrue();
            assertThat(equal(actual.target(), expected.target())).as("target of %s %s: Spark %s, DuckDB %s",
                    indicator.name(), key, actual.target(), expected.target()).isTrue();
            assertThat(actual.status()).as("status of %s %s", indicator.name(), key).isEqualTo(expected.status());
        });
    }

    /** Values by their key; a key twice would break the indicator's grain, so it fails here too. */
    private static Map<String, IndicatorValue> byKey(List<IndicatorValue> values) {
        return values.stream().collect(Collectors.toMap(
                value -> String.join("|", value.areaCode(), value.breakdown(), value.periodType(), value.period()),
                value -> value, (first, second) -> {
                    throw new AssertionError("two values for one key: " + first + ", " + second);
                }, TreeMap::new));
    }

    private static boolean equal(Double actual, Double expected) {
        if (actual == null || expected == null) {
            return actual == expected;
        }
        double scale = Math.max(1.0, Math.max(Math.abs(actual), Math.abs(expected)));
        return Math.abs(actual - expected) <= RELATIVE_TOLERANCE * scale;
    }
}
