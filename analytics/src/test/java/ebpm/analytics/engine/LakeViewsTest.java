package ebpm.analytics.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ebpm.analytics.catalog.Layer;
import ebpm.analytics.catalog.Model;
import ebpm.analytics.catalog.ModelCatalog;
import ebpm.analytics.lake.LakeTables;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lake as {@code src_*} views. On the first night nothing has landed: every view must still exist, with the
 * lake table's columns and no rows, so that the models compile and the indicators come out empty instead of failing.
 */
class LakeViewsTest {

    private static final ModelCatalog CATALOG = ModelCatalog.load();

    @TempDir
    Path work;

    @Test
    void emptyLakeGivesEverySourceViewWithNoRows() throws Exception {
        Path lake = Files.createDirectories(work.resolve("lake"));

        try (DuckDbSession session = DuckDbSession.open(lake, CATALOG)) {
            assertThat(count(session, "src_measures")).isZero();
            assertThat(count(session, "src_observations")).isZero();
        }
    }

    @Test
    void emptySourceViewHasTheLakeTablesColumnsWithThePartitionFirst() throws Exception {
        Path lake = Files.createDirectories(work.resolve("lake"));

        try (DuckDbSession session = DuckDbSession.open(lake, CATALOG)) {
            List<String> measures = columns(session, "src_measures");
            assertThat(measures).hasSize(1 + LakeTables.MEASURES.columns().size());
            assertThat(measures).startsWith("fiscal_year INTEGER", "source_file VARCHAR", "source_checksum VARCHAR",
                    "source_line BIGINT", "ingested_at TIMESTAMP WITH TIME ZONE",
                    "source_modified_at TIMESTAMP WITH TIME ZONE", "pillar VARCHAR");
            assertThat(measures).contains("measure_no INTEGER", "target_value DOUBLE").endsWith("reason VARCHAR", "plan_id VARCHAR", "level_1_code VARCHAR", "level_2_code VARCHAR",
                    "level_3_code VARCHAR", "indicator_kind VARCHAR");
            assertThat(columns(session, "src_observations")).hasSize(LakeTables.OBSERVATIONS.columns().size())
                    .startsWith("source_file VARCHAR").contains("value DOUBLE").endsWith("source VARCHAR");
        }
    }

    @Test
    void emptyLakeGivesEveryModelViewWithNoRows() throws Exception {
        Path lake = Files.createDirectories(work.resolve("lake"));

        try (DuckDbSession session = DuckDbSession.open(lake, CATALOG)) {
            assertThat(count(session, "stg_measures")).isZero();
            assertThat(count(session, "stg_observations")).isZero();
            assertThat(count(session, "int_measure_evaluations")).isZero();
            assertThat(count(session, "int_measure_achievement")).isZero();
            for (Model model : CATALOG.models()) {
                if (model.layer() != Layer.INDICATOR) {
                    assertThat(count(session, model.name())).as(model.name()).isZero();
                }
            }
        }
    }

    @Test
    void emptyLakeGivesNoValuesForEveryIndicator() throws Exception {
        Path lake = Files.createDirectories(work.resolve("lake"));

        try (DuckDbSession session = DuckDbSession.open(lake, CATALOG)) {
            assertThat(CATALOG.indicators()).isNotEmpty();
            for (Model indicator : CATALOG.indicators()) {
                assertThat(session.evaluate(indicator)).as(indicator.name()).isEmpty();
            }
        }
    }

    @Test
    void lakeFolderNotYetCreatedOrHoldingOnlyEmptyFoldersCountsAsEmpty() throws Exception {
        Files.createDirectories(work.resolve("lake/measures/fiscal_year=2020"));
        Files.writeString(work.resolve("lake/measures/fiscal_year=2020/README.txt"), "not a Parquet file");

        assertThat(LakeViews.createView(LakeTables.MEASURES, work.resolve("lake")))
                .startsWith("CREATE OR REPLACE TEMP VIEW src_measures AS SELECT CAST(NULL AS INTEGER) AS fiscal_year, "
                        + "CAST(NULL AS VARCHAR) AS source_file, ")
                .endsWith(", CAST(NULL AS VARCHAR) AS reason, CAST(NULL AS VARCHAR) AS plan_id, "
                        + "CAST(NULL AS VARCHAR) AS level_1_code, CAST(NULL AS VARCHAR) AS level_2_code, "
                        + "CAST(NULL AS VARCHAR) AS level_3_code, CAST(NULL AS VARCHAR) AS indicator_kind WHERE false");
        try (DuckDbSession session = DuckDbSession.open(work.resolve("nowhere"),
                CATALOG)) {
            assertThat(count(session, "src_measures")).isZero();
            assertThat(count(session, "stg_observations")).isZero();
        }
    }

    @Test
    void landedParquetIsReadWithItsFiscalYearFromTheFolderName() throws Exception {
        Path lake = Files.createDirectories(work.resolve("lake"));
        writeOneMeasure(work.resolve("scratch"), lake.resolve("measures/fiscal_year=2020"));

        try (DuckDbSession session = DuckDbSession.open(lake, CATALOG)) {
            assertThat(query(session, "SELECT fiscal_year, typeof(fiscal_year), measure_no, evaluation FROM src_measures"))
                    .containsExactly(List.of(2020, "INTEGER", 1, "○"));
            assertThat(count(session, "src_observations")).isZero();
            assertThat(query(session, "SELECT breakdown, measures, achieved FROM int_measure_achievement ORDER BY breakdown"))
                    .containsExactly(List.of("Ⅰ", 1L, 1L), List.of("Ⅰ①", 1L, 1L), List.of("全体", 1L, 1L));
        }
    }

    @Test
    void aSmallLakeTableIsReadIntoTheSessionOnceSoThatModelsBindWithoutReadingItsFilesAgain() throws Exception {
        Path lake = Files.createDirectories(work.resolve("lake"));
        Path partition = lake.resolve("measures/fiscal_year=2020");
        writeOneMeasure(work.resolve("scratch"), partition);

        try (DuckDbSession session = DuckDbSession.open(lake, CATALOG)) {
            assertThat(query(session, "SELECT table_name FROM duckdb_tables() WHERE temporary ORDER BY 1"))
                    .containsExactly(List.of("lake_measures"));
            // Copied on one thread; the session's queries have DuckDB's threads again.
            try (Connection fresh = DuckDbMemory.inMemory()) {
                assertThat(QueryRows.of(session.connection(), "SELECT current_setting('threads')"))
                        .isEqualTo(QueryRows.of(fresh, "SELECT current_setting('threads')"));
            }
            Files.delete(partition.resolve("part-run-1.parquet"));

            assertThat(query(session, "SELECT fiscal_year, measure_no FROM stg_measures"))
                    .containsExactly(List.of(2020, 1));
        }
        try (DuckDbSession session = DuckDbSession.open(lake, CATALOG)) {
            assertThat(count(session, "stg_measures")).isZero();
        }
    }

    @Test
    void aLakeFileThatCannotBeReadFailsTheSessionNamingIt() throws Exception {
        Path lake = Files.createDirectories(work.resolve("lake"));
        Path partition = lake.resolve("measures/fiscal_year=2020");
        writeOneMeasure(work.resolve("scratch"), partition);
        Path file = partition.resolve("part-run-1.parquet");
        // Its data pages zeroed, its footer kept: the lake check's count passes, reading the rows fails.
        byte[] bytes = Files.readAllBytes(file);
        int footer = ByteBuffer.wrap(bytes, bytes.length - 8, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
        Arrays.fill(bytes, 4, bytes.length - 8 - footer, (byte) 0);
        Files.write(file, bytes);

        assertThatThrownBy(() -> DuckDbSession.open(lake, CATALOG).close()).isInstanceOf(SQLException.class)
                .hasMessageStartingWith("cannot read the lake file " + file + " of the lake table measures: ")
                .hasMessageEndingWith("; 'ebpm reprocess' takes its landing file again");
    }

    /** One measure row in the lake layout, written by DuckDB itself (the partition lives in the folder name only). */
    private static void writeOneMeasure(Path scratch, Path partition) throws IOException, SQLException {
        Files.createDirectories(partition);
        try (DuckDbSession writer = DuckDbSession.open(scratch.resolve("lake"),
                CATALOG);
             Statement statement = writer.connection().createStatement()) {
            statement.execute("COPY (SELECT * EXCLUDE (fiscal_year) REPLACE ("
                    + "'measures.csv' AS source_file, 'abc' AS source_checksum, 2::BIGINT AS source_line, "
                    + "TIMESTAMP '2021-07-01 17:00:00' AS ingested_at, '柱Ⅰ 暮らしの情報化' AS pillar, "
                    + "'① ICT' AS mid_pillar, 'ア 健康' AS field, 1 AS measure_no, '施策' AS measure_name, "
                    + "1 AS indicator_no, 1 AS indicator_count, '○' AS evaluation) "
                    + "FROM (SELECT * FROM src_measures UNION ALL BY NAME SELECT 2020 AS fiscal_year)) TO "
                    + SqlText.literal(partition.resolve("part-run-1.parquet")) + " (FORMAT parquet)");
        }
    }

    private static long count(DuckDbSession session, String view) throws SQLException {
        return (Long) query(session, "SELECT count(*) FROM " + view).get(0).get(0);
    }

    private static List<String> columns(DuckDbSession session, String view) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Statement statement = session.connection().createStatement();
             ResultSet rows = statement.executeQuery("SELECT * FROM " + view + " LIMIT 0")) {
            ResultSetMetaData meta = rows.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnLabel(i) + " " + meta.getColumnTypeName(i));
            }
        }
        return columns;
    }

    private static List<List<Object>> query(DuckDbSession session, String sql) throws SQLException {
        return QueryRows.of(session.connection(), sql);
    }
}
