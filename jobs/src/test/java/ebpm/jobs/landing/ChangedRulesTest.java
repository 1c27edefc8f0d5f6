package ebpm.jobs.landing;

import java.time.LocalDate;
import ebpm.jobs.landing.PlausibleYears;
import static ebpm.jobs.cli.WorkQueries.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import ebpm.analytics.project.Project;
import ebpm.analytics.indicatordb.IndicatorDatabase;
import ebpm.analytics.indicatordb.IndicatorStore;
import ebpm.analytics.indicatordb.ManifestEntry;
import ebpm.analytics.lake.LakeTable;
import ebpm.jobs.cli.Ga4Exports;
import ebpm.jobs.tourism.PageViewSource;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When a source's rules change, the files that left rows out under the old rules are read again; clean ones not. */
class ChangedRulesTest {

    private static final Instant FIRST_NIGHT = Instant.parse("2026-11-20T17:30:00Z");
    private static final Instant SECOND_NIGHT = Instant.parse("2026-11-21T17:30:00Z");

    @TempDir
    Path landing;
    @TempDir
    Path work;

    /** The GA4 source with rules that a test sets (as a changed reference table would change them). */
    private static final class PageViewsUnderRules implements LandingSource {
        private final PageViewSource pageViews = new PageViewSource(Project.builtIn(), PlausibleYears.of(Project.builtIn(), LocalDate.of(2026, 11, 21)));
        String rules = "v1";

        @Override
        public String name() {
            return pageViews.name();
        }

        @Override
        public LakeTable lakeTable() {
            return pageViews.lakeTable();
        }

        @Override
        public String rulesFingerprint() {
            return rules;
        }

        @Override
        public TabularOptions options() {
            return pageViews.options();
        }

        @Override
        public RowMapper newMapper(Path file, List<String> header) {
            return pageViews.newMapper(file, header);
        }
    }

    private final PageViewsUnderRules source = new PageViewsUnderRules();

    @Test
    void aFileWithRejectedRowsIsReadAgainAndACleanOneIsNot() throws Exception {
        Ga4Exports.write(landing, "tourism-pv/kanagawa-now/clean.csv", "20200401,/stay/a/,A,10,5");
        Ga4Exports.write(landing, "tourism-pv/kanagawa-now/bad.csv", "20200402,/stay/a/,A,7,5",
                "20200402,/stay/b/,B,-1,1");
        ingest(FIRST_NIGHT);

        source.rules = "v2";
        List<FileOutcome> second = ingest(SECOND_NIGHT);

        assertThat(second).extracting(outcome -> outcome.file().getFileName().toString(), FileOutcome::status,
                FileOutcome::readAgain).containsExactly(
                tuple("bad.csv", "INGESTED", "rules changed"),
                tuple("clean.csv", "SKIPPED", null));
        assertThat(second.get(0).summary()).isEqualTo("tourism-pv bad.csv: INGESTED read 2, written 1, rejected 1 "
                + "(read again: rules changed; before: INGESTED read 2, written 1, rejected 1)");
        try (IndicatorDatabase database = store().open()) {
            assertThat(database.manifest().entries())
                    .extracting(ManifestEntry::fileName, ManifestEntry::rulesFingerprint, ManifestEntry::ingestedAt,
                            ManifestEntry::firstSeenAt)
                    .containsExactlyInAnyOrder(
                            tuple("clean.csv", "v1", FIRST_NIGHT, FIRST_NIGHT),
                            tuple("bad.csv", "v2", SECOND_NIGHT, FIRST_NIGHT));
        }
        // The rows read again keep the night the file first came, so a correction that arrived after it still wins.
        assertThat(query(work, "SELECT source_file, CAST(epoch_ms(ingested_at) AS BIGINT) FROM read_parquet('"
                + work.resolve("lake/page_views/**/*.parquet") + "') ORDER BY ALL")).containsExactly(
                List.of("bad.csv", FIRST_NIGHT.toEpochMilli()), List.of("clean.csv", FIRST_NIGHT.toEpochMilli()));

        assertThat(ingest(SECOND_NIGHT)).extracting(FileOutcome::status).containsOnly(FileOutcome.SKIPPED);
    }

    private List<FileOutcome> ingest(Instant night) throws IOException, SQLException {
        try (IndicatorDatabase database = store().open()) {
            return new LandingIngest(source, landing, work.resolve("lake"), work.resolve("rejects"),
                    database.manifest(), night.toString(), night, ChecksumCache.load(work.resolve("checksums.tsv")))
                    .run(rows -> { });
        }
    }

    private IndicatorStore store() {
        return IndicatorStore.duckDbFile(work.resolve("indicators.duckdb"));
    }
}
