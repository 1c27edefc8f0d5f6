package ebpm.spark;

import static org.assertj.core.api.Assertions.assertThat;

import ebpm.analytics.catalog.Layer;
import ebpm.analytics.catalog.Model;
import ebpm.analytics.catalog.ModelCatalog;
import ebpm.analytics.lake.LakeTables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lake as Spark's {@code src_*} views, matching DuckDB's: the lake table's columns and types with the partition
 * first, the partition read from the folder name, and on the first night (nothing landed) empty views of the same
 * shape so that every model compiles and every indicator comes out empty instead of failing.
 */
class SparkLakeViewsTest {

    private static final ModelCatalog CATALOG = ModelCatalog.load();
    private static final SparkSession SPARK = SparkSessions.batch();

    @TempDir
    Path work;

    @Test
    void emptyLakeGivesEverySourceViewWithTheLakeTablesColumnsAndNoRows() throws Exception {
        try (SparkEngine engine = SparkEngine.open(SPARK, lake().toUri().toString(), CATALOG)) {
            assertThat(columns(engine, "src_measures")).hasSize(1 + LakeTables.MEASURES.columns().size())
                    .startsWith("fiscal_year int", "source_file string", "source_checksum string",
                            "source_line bigint", "ingested_at timestamp", "source_modified_at timestamp",
                            "pillar string")
                    .contains("measure_no int", "target_value double").endsWith("reason string", "plan_id string",
                            "level_1_code string", "level_2_code string", "level_3_code string", "indicator_kind string");
            assertThat(columns(engine, "src_observations")).hasSize(LakeTables.OBSERVATIONS.columns().size())
                    .startsWith("source_file string").contains("value double").endsWith("source string");
            assertThat(count(engine, "src_measures")).isZero();
            assertThat(count(engine, "src_observations")).isZero();
        }
    }

    @Test
    void emptyLakeGivesEveryModelViewAndNoValuesForEveryIndicator() throws Exception {
        try (SparkEngine engine = SparkEngine.open(SPARK, work.resolve("not-yet-created").toUri().toString(),
                CATALOG)) {
            for (Model model : CATALOG.models()) {
                if (model.layer() == Layer.INDICATOR) {
                    assertThat(engine.evaluate(model)).as(model.name()).isEmpty();
                } else {
                    assertThat(count(engine, model.name())).as(model.name()).isZero();
                }
            }
        }
    }

    @Test
    void landedParquetIsReadWithItsFiscalYearFromTheFolderName() throws Exception {
        Path partition = Files.createDirectories(lake().resolve("measures/fiscal_year=2020"));
        writeOneMeasure(partition.resolve("part-run-1.parquet"));
        // Neither a file still being written aside nor a stray non-Parquet file is read.
        Files.writeString(partition.resolve(".part-run-2.parquet.tmp"), "half a file");
        Files.writeString(partition.resolve("README.txt"), "not a Parquet file");

        try (SparkEngine engine = SparkEngine.open(SPARK, lake().toUri().toString(), CATALOG)) {
            assertThat(rows(engine, "SELECT fiscal_year, typeof(fiscal_year), measure_no, evaluation FROM src_measures"))
                    .containsExactly(List.of(2020, "int", 1, "○"));
            assertThat(rows(engine, "SELECT breakdown, measures, achieved FROM int_measure_achievement ORDER BY breakdown"))
                    .containsExactly(List.of("Ⅰ", 1L, 1L), List.of("Ⅰ①", 1L, 1L), List.of("全体", 1L, 1L));
            assertThat(engine.evaluate(CATALOG.model("ind_measure_achievement_rate")))
                    .extracting(value -> value.breakdown() + "=" + value.value())
                    .containsExactlyInAnyOrder("Ⅰ=100.0", "Ⅰ①=100.0", "全体=100.0");
        }
    }

    @Test
    void aLakeFolderHoldingOnlyEmptyFoldersCountsAsEmpty() throws Exception {
        Files.createDirectories(lake().resolve("measures/fiscal_year=2020"));

        try (SparkEngine engine = SparkEngine.open(SPARK, lake().toUri().toString(), CATALOG)) {
            assertThat(count(engine, "src_measures")).isZero();
            assertThat(columns(engine, "src_measures")).first().isEqualTo("fiscal_year int");
        }
    }

    private Path lake() throws Exception {
        return Files.createDirectories(work.resolve("lake"));
    }

    /** One measure row in the lake layout, written by DuckDB (the partition lives in the folder name only). */
    private void writeOneMeasure(Path file) throws Exception {
        try (Connection duckDb = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = duckDb.createStatement()) {
            statement.execute("COPY (SELECT 'measures.csv' AS source_file, 'abc' AS source_checksum, "
                    + "2::BIGINT AS source_line, TIMESTAMPTZ '2021-07-01 17:00:00+09' AS ingested_at, "
                    + "'柱Ⅰ 暮らしの情報化' AS pillar, '① ICT' AS mid_pillar, 'ア 健康' AS field, 1 AS measure_no, "
                    + "'施策' AS measure_name, 1 AS indicator_no, 1 AS indicator_count, '○' AS evaluation) TO '"
                    + file.toString().replace("'", "''") + "' (FORMAT parquet)");
        }
    }

    private static List<String> columns(SparkEngine engine, String view) throws Exception {
        return Arrays.stream(engine.query("SELECT * FROM " + view).schema().fields())
                .map(field -> field.name() + " " + field.dataType().simpleString()).toList();
    }

    private static long count(SparkEngine engine, String view) throws Exception {
        return engine.query("SELECT count(*) FROM " + view).first().getLong(0);
    }

    private static List<List<Object>> rows(SparkEngine engine, String sql) throws Exception {
        return engine.query(sql).collectAsList().stream().map(SparkLakeViewsTest::values).toList();
    }

    private static List<Object> values(Row row) {
        return java.util.stream.IntStream.range(0, row.length()).mapToObj(row::get).toList();
    }
}
