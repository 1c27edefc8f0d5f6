package ebpm.jobs.landing;

import static org.assertj.core.api.Assertions.assertThat;

import ebpm.analytics.indicatordb.ManifestEntry;
import java.time.Instant;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** When a file the manifest already lists is read again, told as the operator's cases. */
class RereadRuleTest {

    private static final Instant NIGHT = Instant.parse("2026-11-20T17:30:00Z");
    private static final Predicate<String> NOTHING_THERE = path -> false;

    @Test
    void anExportRejectedForLyingOutsideASiteFolderIsReadOnceMovedIntoOne() {
        ManifestEntry loose = rejectedWhole("tourism-pv/export.csv", "sites:1");

        assertThat(RereadRule.whyReadAgain(loose, "tourism-pv/kanagawa-now/export.csv", "sites:1", NOTHING_THERE))
                .contains("moved from tourism-pv/export.csv");
        assertThat(RereadRule.whyReadAgain(loose, "tourism-pv/export.csv", "sites:1", NOTHING_THERE))
                .as("still where it was, under the same rules").isEmpty();
    }

    @Test
    void aFileWithRejectedRowsIsReadAgainWhenItsSourcesRulesChanged() {
        ManifestEntry withRejects = ingested("health/yokohama.csv", 2, "municipalities:1");

        assertThat(RereadRule.whyReadAgain(withRejects, "health/yokohama.csv", "municipalities:2", NOTHING_THERE))
                .contains("rules changed");
        assertThat(RereadRule.whyReadAgain(withRejects, "health/yokohama.csv", "municipalities:1", NOTHING_THERE))
                .isEmpty();
    }

    @Test
    void aCleanFileIsSkippedWhereverItLiesAndWhateverTheRules() {
        ManifestEntry clean = ingested("health/yokohama.csv", 0, "municipalities:1");

        assertThat(RereadRule.whyReadAgain(clean, "health/2020/yokohama-renamed.csv", "municipalities:2",
                NOTHING_THERE)).isEmpty();
    }

    @Test
    void aCopyBesideAFileStillInItsPlaceIsNoMove() {
        ManifestEntry withRejects = ingested("health/yokohama.csv", 2, "municipalities:1");

        assertThat(RereadRule.whyReadAgain(withRejects, "health/copy-of-yokohama.csv", "municipalities:1",
                "health/yokohama.csv"::equals)).isEmpty();
    }

    @Test
    void aMovedFileUnderChangedRulesSaysBoth() {
        assertThat(RereadRule.whyReadAgain(rejectedWhole("tourism-pv/export.csv", "sites:1"),
                "tourism-pv/inbound/export.csv", "sites:2", NOTHING_THERE))
                .contains("moved from tourism-pv/export.csv, rules changed");
    }

    @Test
    void anEntryRecordedBeforePathsAndRulesWereKeptIsReadOnceMoreIfItLeftRowsOut() {
        ManifestEntry old = new ManifestEntry("health", "yokohama.csv", "abc", ManifestEntry.INGESTED, 10, 8, 2, null,
                null, null, "2026-01-01#1", NIGHT, null, null, NIGHT);

        assertThat(RereadRule.whyReadAgain(old, "health/yokohama.csv", "", NOTHING_THERE))
                .contains("rules changed (none recorded before)");
    }

    private static ManifestEntry rejectedWhole(String landingPath, String rules) {
        return new ManifestEntry("tourism-pv", "export.csv", "abc", ManifestEntry.REJECTED, 0, 0, 0,
                "lies outside a site folder", null, null, "2026-11-21#1", NIGHT, landingPath, rules, NIGHT);
    }

    private static ManifestEntry ingested(String landingPath, long rejected, String rules) {
        return new ManifestEntry("health", "yokohama.csv", "abc", ManifestEntry.INGESTED, 10, 10 - rejected,
                rejected, null, "health_evaluations/yokohama_abc.parquet", null, "2026-11-21#1", NIGHT, landingPath,
                rules, NIGHT);
    }
}
