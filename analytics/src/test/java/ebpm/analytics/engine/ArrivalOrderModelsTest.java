package ebpm.analytics.engine;

import static org.assertj.core.api.Assertions.assertThat;

import ebpm.analytics.catalog.ModelCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The staging models apply files in the order they arrived: first seen ({@code ingested_at}), then the landing
 * file's modification time ({@code source_modified_at}), never the name. Lake files written before ebpm kept the
 * modification time lack the column: they still read, count as the earliest of their night, and among themselves
 * keep the name order they had.
 */
class ArrivalOrderModelsTest {

    private static final ModelCatalog CATALOG = ModelCatalog.load();
    private static final String NIGHT = "TIMESTAMPTZ '2026-11-21 02:30:00+09'";

    @TempDir
    Path work;

    @Test
    void aFileModifiedLaterWinsOverOneOfTheSameNightWhateverTheNames() throws Exception {
        writeMeasure("a.parquet", "施策 (2).csv", "○", "TIMESTAMPTZ '2026-11-20 18:10:00+09'");
        writeMeasure("b.parquet", "施策.csv", "△", "TIMESTAMPTZ '2026-11-20 18:00:00+09'");

        assertThat(evaluation()).isEqualTo("○");
    }

    @Test
    void lakeFilesWithoutAModificationTimeKeepTheirNameOrderAndCountAsTheEarliest() throws Exception {
        writeMeasure("a.parquet", "施策 (2).csv", "○", null);
        writeMeasure("b.parquet", "施策.csv", "△", null);
        assertThat(evaluation()).as("two old files: the later name, as before").isEqualTo("△");

        writeMeasure("c.parquet", "aaa.csv", "◎", "TIMESTAMPTZ '2026-11-20 09:00:00+09'");
        assertThat(evaluation()).as("a file with a modification time arrived after them").isEqualTo("◎");
    }

    @Test
    void aFileFirstSeenOnALaterNightWinsWhateverItsModificationTime() throws Exception {
        writeMeasure("a.parquet", "施策.csv", "△", "TIMESTAMPTZ '2026-11-20 18:00:00+09'");
        writeMeasure("b.parquet", "施策 (修正).csv", "○", "TIMESTAMPTZ '2020-01-01 00:00:00+09'",
                "TIMESTAMPTZ '2026-11-22 02:30:00+09'");

        assertThat(evaluation()).isEqualTo("○");
    }

    private String evaluation() throws SQLException {
        try (DuckDbSession session = DuckDbSession.open(work.resolve("lake"), CATALOG)) {
            List<List<Object>> rows = QueryRows.of(session.connection(), "SELECT evaluation FROM stg_measures");
            assertThat(rows).hasSize(1);
            return (String) rows.get(0).get(0);
        }
    }

    private void writeMeasure(String parquet, String sourceFile, String evaluation, String modifiedAt)
            throws Exception {
        writeMeasure(parquet, sourceFile, evaluation, modifiedAt, NIGHT);
    }

    /** One row of measure 1 in the lake layout; without {@code modifiedAt}, as ebpm wrote it before it kept one. */
    private void writeMeasure(String parquet, String sourceFile, String evaluation, String modifiedAt,
                              String ingestedAt) throws Exception {
        Path partition = Files.createDirectories(work.resolve("lake/measures/fiscal_year=2020"));
        try (Connection duckDb = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = duckDb.createStatement()) {
            statement.execute("COPY (SELECT " + SqlText.literal(sourceFile) + " AS source_file, "
                    + SqlText.literal(parquet) + " AS source_checksum, 2::BIGINT AS source_line, "
                    + ingestedAt + " AS ingested_at, "
                    + (modifiedAt == null ? "" : modifiedAt + " AS source_modified_at, ")
                    + "'柱Ⅰ 暮らしの情報化' AS pillar, '① ICT' AS mid_pillar, 'ア 健康' AS field, 1 AS measure_no, "
                    + "'施策' AS measure_name, 1 AS indicator_no, 1 AS indicator_count, "
                    + SqlText.literal(evaluation) + " AS evaluation) TO "
                    + SqlText.literal(partition.resolve(parquet)) + " (FORMAT parquet)");
        }
    }
}
