package ebpm.jobs.landing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import ebpm.analytics.indicatordb.IndicatorDatabase;
import ebpm.analytics.indicatordb.IndicatorStore;
import ebpm.analytics.project.Project;
import ebpm.jobs.cli.Ga4Exports;
import ebpm.jobs.tourism.PageViewSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files taken in two at once (as large files are) give what one at a time gives: outcomes in order of arrival, a
 * copy of content taken once, and every row counted once.
 */
class LandingIngestAtOnceTest {

    private static final Instant NIGHT = Instant.parse("2026-11-20T17:30:00Z");

    @TempDir
    Path landing;
    @TempDir
    Path work;

    @AfterEach
    void oneAtATimeAgain() {
        System.clearProperty("ebpm.ingest.files");
    }

    @Test
    void twoFilesAtOnceKeepTheOrderOfArrivalAndACopyIsTakenOnce() throws Exception {
        System.setProperty("ebpm.ingest.files", "2");
        Path april = Ga4Exports.write(landing, "tourism-pv/kanagawa-now/april.csv", "20200401,/stay/a/,A,10,5",
                "20200402,/stay/b/,B,-1,1");
        Path copy = Files.copy(april, april.resolveSibling("april (copy).csv"));
        Path may = Ga4Exports.write(landing, "tourism-pv/kanagawa-now/may.csv", "20200501,/stay/a/,A,3,2");
        // Arrival, not name: may.csv was saved first, the copy last.
        Files.setLastModifiedTime(may, FileTime.from(Instant.parse("2026-11-20T09:00:00Z")));
        Files.setLastModifiedTime(april, FileTime.from(Instant.parse("2026-11-20T09:10:00Z")));
        Files.setLastModifiedTime(copy, FileTime.from(Instant.parse("2026-11-20T09:20:00Z")));
        AtomicLong read = new AtomicLong();
        AtomicLong written = new AtomicLong();
        AtomicLong rejected = new AtomicLong();

        List<FileOutcome> outcomes;
        try (IndicatorDatabase database = IndicatorStore.duckDbFile(work.resolve("indicators.duckdb")).open()) {
            PageViewSource source = new PageViewSource(Project.builtIn(),
                    PlausibleYears.of(Project.builtIn(), LocalDate.of(2026, 11, 21)));
            outcomes = new LandingIngest(source, landing, work.resolve("lake"), work.resolve("rejects"),
                    database.manifest(), "night", NIGHT, ChecksumCache.load(work.resolve("checksums.tsv")))
                    .run(new LandingIngest.RowListener() {
                        @Override
                        public void rowsRead(long count) {
                            read.addAndGet(count);
                        }

                        @Override
                        public void rowsWritten(long count) {
                            written.addAndGet(count);
                        }

                        @Override
                        public void rowsRejected(long count) {
                            rejected.addAndGet(count);
                        }
                    });
        }

        assertThat(outcomes).extracting(outcome -> outcome.file().getFileName().toString(), FileOutcome::status)
                .containsExactly(tuple("may.csv", "INGESTED"), tuple("april.csv", "INGESTED"),
                        tuple("april (copy).csv", "SKIPPED"));
        assertThat(outcomes.get(2).message())
                .isEqualTo("same content as tourism-pv/kanagawa-now/april.csv, already ingested");
        assertThat(List.of(read.get(), written.get(), rejected.get())).containsExactly(3L, 2L, 1L);
    }
}
