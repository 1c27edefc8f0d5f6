package ebpm.analytics.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ebpm.analytics.catalog.ModelCatalog;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code int_page_views_pages} is {@code computed_per: fiscal_year}: a session with a model cache keeps its rows per
 * lake partition, and the next session recomputes only the partitions whose files changed, with the same rows as
 * computing the whole model from the lake.
 */
class PartitionedModelCacheTest {

    private static final ModelCatalog CATALOG = ModelCatalog.load();
    private static final String PAGES = "SELECT * FROM int_page_views_pages ORDER BY ALL";

    @TempDir
    Path work;

    @Test
    void keptRowsEqualTheWholeComputation() throws Exception {
        Path lake = lakeWith(Map.of(
                "fiscal_year=2020/a.parquet", "('2020-04-01', '/top', 10), ('2021-03-31', '/top', 5)",
                "fiscal_year=2021/a.parquet", "('2021-04-01', '/top', 7), ('2021-04-02', '/spa', 3)",
                // a re-export of 2021-04-02: its rows replace those of a.parquet for that day
                "fiscal_year=2021/b.parquet", "('2021-04-02', '/spa', 4)"));

        assertThat(pages(lake, cache())).isEqualTo(pages(lake, Optional.empty())).hasSize(4)
                .contains(List.of(2021, "now", "/spa", 2021L, 4L, "title", 4L));
        assertThat(keptFiles().keySet()).hasSize(2).allMatch(file -> file.startsWith("int_page_views_pages/fiscal_year=202"));
    }

    @Test
    void nextSessionRecomputesOnlyTheChangedPartition() throws Exception {
        Path lake = lakeWith(Map.of(
                "fiscal_year=2020/a.parquet", "('2020-04-01', '/top', 10)",
                "fiscal_year=2021/a.parquet", "('2021-04-01', '/top', 7)"));
        pages(lake, cache());
        Map<String, FileTime> before = keptFiles();

        writePageViews(lake.resolve("page_views/fiscal_year=2021/c.parquet"), "('2021-05-01', '/top', 2)");
        List<List<Object>> after = pages(lake, cache());

        assertThat(after).isEqualTo(pages(lake, Optional.empty()))
                .contains(List.of(2021, "now", "/top", 2021L, 5L, "title", 2L));
        Map<String, FileTime> kept = keptFiles();
        assertThat(kept).hasSize(2);
        String fy2020 = only(before.keySet(), "fiscal_year=2020");
        assertThat(kept).containsEntry(fy2020, before.get(fy2020));
        assertThat(kept).doesNotContainKey(only(before.keySet(), "fiscal_year=2021"));
    }

    @Test
    void partitionGoneFromTheLakeIsDroppedFromTheCache() throws Exception {
        Path lake = lakeWith(Map.of(
                "fiscal_year=2020/a.parquet", "('2020-04-01', '/top', 10)",
                "fiscal_year=2021/a.parquet", "('2021-04-01', '/top', 7)"));
        pages(lake, cache());

        Files.delete(lake.resolve("page_views/fiscal_year=2020/a.parquet"));
        Files.delete(lake.resolve("page_views/fiscal_year=2020"));

        assertThat(pages(lake, cache())).extracting(row -> row.get(0)).containsExactly(2021);
        assertThat(keptFiles().keySet()).allMatch(name -> name.contains("fiscal_year=2021"));
    }

    @Test
    void aNightWithNothingNewReadsTheKeptRowsAndNotTheLake() throws Exception {
        Path lake = lakeWith(Map.of(
                "fiscal_year=2020/a.parquet", "('2020-04-01', '/top', 10)",
                "fiscal_year=2021/a.parquet", "('2021-04-01', '/top', 7)"));
        String monthly = "SELECT * FROM int_page_views_monthly ORDER BY ALL";
        List<List<Object>> computed = rows(lake, monthly);
        // Its data pages zeroed, its schema (footer), size and time kept: the kept rows still stand for the file,
        // but reading its rows now fails.
        Path file = lake.resolve("page_views/fiscal_year=2021/a.parquet");
        FileTime modified = Files.getLastModifiedTime(file);
        byte[] bytes = Files.readAllBytes(file);
        int footer = ByteBuffer.wrap(bytes, bytes.length - 8, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
        Arrays.fill(bytes, 4, bytes.length - 8 - footer, (byte) 0);
        Files.write(file, bytes);
        Files.setLastModifiedTime(file, modified);
        assertThatThrownBy(() -> rows(lake, Optional.empty(), monthly)).isInstanceOf(SQLException.class);

        // int_page_sections reads int_page_views_pages, whose header comment names int_page_sections: the comment
        // must not make the sections be computed first, over the lake, instead of from the kept rows.
        assertThat(rows(lake, monthly)).isEqualTo(computed).isNotEmpty();
    }

    @Test
    void emptyLakeComputesTheModelAsAWhole() throws Exception {
        Path lake = Files.createDirectories(work.resolve("lake"));

        assertThat(pages(lake, cache())).isEmpty();
        assertThat(keptFiles()).isEmpty();
    }

    private Optional<Path> cache() {
        return Optional.of(work.resolve("model-cache"));
    }

    private static List<List<Object>> pages(Path lake, Optional<Path> cache) throws SQLException {
        return rows(lake, cache, PAGES);
    }

    private List<List<Object>> rows(Path lake, String sql) throws SQLException {
        return rows(lake, cache(), sql);
    }

    private static List<List<Object>> rows(Path lake, Optional<Path> cache, String sql) throws SQLException {
        try (DuckDbSession session = DuckDbSession.open(lake, CATALOG, cache)) {
            session.materialiseModelsReadBy(sql);
            return QueryRows.of(session.connection(), sql);
        }
    }

    /** The cache's Parquet files by path, with their modification times. */
    private Map<String, FileTime> keptFiles() throws IOException {
        Map<String, FileTime> files = new TreeMap<>();
        Path cache = work.resolve("model-cache");
        if (Files.isDirectory(cache)) {
            try (Stream<Path> tree = Files.walk(cache)) {
                for (Path file : tree.filter(Files::isRegularFile).toList()) {
                    files.put(cache.relativize(file).toString(), Files.getLastModifiedTime(file));
                }
            }
        }
        return files;
    }

    private static String only(java.util.Set<String> names, String part) {
        return names.stream().filter(name -> name.contains(part)).findFirst().orElseThrow();
    }

    private Path lakeWith(Map<String, String> files) throws IOException, SQLException {
        Path lake = work.resolve("lake");
        for (Map.Entry<String, String> file : files.entrySet()) {
            writePageViews(lake.resolve("page_views").resolve(file.getKey()), file.getValue());
        }
        return lake;
    }

    /**
     * Page-view rows {@code (day, path, views)} of one landed file in the lake layout, written by DuckDB itself;
     * the file's name stands for its checksum, and files are ingested in name order.
     */
    private void writePageViews(Path file, String rows) throws IOException, SQLException {
        Files.createDirectories(file.getParent());
        String name = file.getFileName().toString();
        try (DuckDbSession writer = DuckDbSession.open(work.resolve("empty-lake"), CATALOG);
             Statement statement = writer.connection().createStatement()) {
            statement.execute("COPY (SELECT '" + name + "' AS source_file, '" + name + "' AS source_checksum, "
                    + "1::BIGINT AS source_line, TIMESTAMP '2021-07-01 00:00:00' + INTERVAL (ascii('" + name
                    + "')) MINUTE AS ingested_at, 'now' AS site, '観光かながわNOW' AS site_name, "
                    + "CAST(day AS DATE) AS view_date, path AS page_path, 'title' AS page_title, '観光' AS section, "
                    + "CAST(views AS BIGINT) AS views, CAST(NULL AS BIGINT) AS active_users "
                    + "FROM (VALUES " + rows + ") AS t(day, path, views)) TO " + SqlText.literal(file)
                    + " (FORMAT parquet)");
        }
    }
}
