package ebpm.jobs.nightly;

import static ebpm.jobs.cli.WorkQueries.query;
import static org.assertj.core.api.Assertions.assertThat;

import ebpm.jobs.cli.Ebpm;
import ebpm.jobs.cli.Ga4Exports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nothing stays stuck: a file that left rows out is read again by the next night once the operator moved it. */
class ReadAgainTest {

    @TempDir
    Path landing;
    @TempDir
    Path work;

    @Test
    void aGa4ExportRejectedForLyingOutsideASiteFolderLandsOnceMovedIntoOne() throws Exception {
        Path loose = Ga4Exports.write(landing, "tourism-pv/x.csv", "20200401,/stay/a/,A,10,5", "20200402,/stay/a/,A,12,6");
        Ebpm.Result first = Ebpm.nightly(landing, work);
        assertThat(first.out()).contains("tourism-pv x.csv: REJECTED read 0, written 0, rejected 0 — ",
                "lies outside a site folder");

        Ga4Exports.move(loose, landing.resolve("tourism-pv/kanagawa-now/x.csv"));
        Ebpm.Result second = Ebpm.nightly(landing, work);

        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).contains("tourism-pv x.csv: INGESTED read 2, written 2, rejected 0 (read again: "
                + "moved from tourism-pv/x.csv; before: REJECTED read 0, written 0, rejected 0)",
                "files: 0 new, 1 read again, 0 seen before");
        assertThat(query(work, "SELECT site, CAST(view_date AS VARCHAR), views FROM read_parquet('"
                + work.resolve("lake/page_views/**/*.parquet") + "') ORDER BY ALL")).containsExactly(
                List.of("kanagawa-now", "2020-04-01", 10L), List.of("kanagawa-now", "2020-04-02", 12L));
        assertThat(query(work, "SELECT status, file_name, landing_path, rows_written FROM ingest_manifest"))
                .containsExactly(List.of("INGESTED", "x.csv", "tourism-pv/kanagawa-now/x.csv", 2L));
        // The rows count from when the export first arrived, not from the night it was moved.
        assertThat(rowsIngestedWhenFirstSeen()).isEqualTo(2L);

        Ebpm.Result third = Ebpm.nightly(landing, work);
        assertThat(third.out()).contains("tourism-pv x.csv: SKIPPED read 0, written 0, rejected 0 — already ingested");
    }

    @Test
    void aRenamedFileWithRejectedRowsReplacesItsLakeAndRejectsFilesInsteadOfAddingToThem() throws Exception {
        Path bad = Ga4Exports.write(landing, "tourism-pv/kanagawa-now/april.csv",
                "20200401,/stay/a/,A,10,5", "20200401,/stay/b/,B,many,1");
        Ebpm.nightly(landing, work);
        assertThat(names(work.resolve("lake/page_views/fiscal_year=2020"))).singleElement().asString()
                .startsWith("april_");

        Ga4Exports.move(bad, landing.resolve("tourism-pv/kanagawa-now/2020-04.csv"));
        Ebpm.Result second = Ebpm.nightly(landing, work);

        assertThat(second.out()).contains("2020-04.csv: INGESTED read 2, written 1, rejected 1 (read again: moved "
                + "from tourism-pv/kanagawa-now/april.csv; before: INGESTED read 2, written 1, rejected 1)");
        assertThat(names(work.resolve("lake/page_views/fiscal_year=2020"))).singleElement().asString()
                .startsWith("2020-04_");
        assertThat(names(work.resolve("rejects/tourism-pv"))).singleElement().asString().startsWith("2020-04_");
        assertThat(query(work, "SELECT source_file, views FROM read_parquet('"
                + work.resolve("lake/page_views/**/*.parquet") + "')"))
                .containsExactly(List.of("2020-04.csv", 10L));
        assertThat(rowsIngestedWhenFirstSeen()).isEqualTo(1L);
    }

    /** Lake rows whose ingested_at is their file's first_seen_at, which is before the manifest's last read. */
    private long rowsIngestedWhenFirstSeen() throws SQLException {
        return (Long) query(work, "SELECT count(*) FROM read_parquet('" + work.resolve("lake/page_views/**/*.parquet")
                + "') p JOIN ingest_manifest m ON m.checksum = p.source_checksum "
                + "WHERE p.ingested_at = m.first_seen_at AND m.first_seen_at < m.ingested_at").get(0).get(0);
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
