package ebpm.jobs.nightly;

import static ebpm.jobs.cli.WorkQueries.query;
import static org.assertj.core.api.Assertions.assertThat;

import ebpm.jobs.cli.Ebpm;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A consumer asks "what did we publish for this indicator on that day?": after a revision the current value is the
 * new one, and the history query documented in the README still returns the one published before.
 */
class IndicatorHistoryTest {

    /** The README's history query: the value of one key as published at a given instant. */
    private static final String AS_PUBLISHED_AT = """
            SELECT value, run_id FROM indicator_value_history
            WHERE indicator_code = 'measure_achievement_rate' AND area_code = '140007' AND breakdown = '全体'
              AND period_type = 'FY' AND period = '2019'
              AND recorded_at <= CAST('%s' AS TIMESTAMP WITH TIME ZONE)
            ORDER BY recorded_at DESC LIMIT 1""";

    @TempDir
    Path landing;

    @TempDir
    Path work;

    @Test
    void theHistoryReturnsTheValuePublishedBeforeARevision() throws Exception {
        Files.createDirectories(landing.resolve("observations"));
        Files.copy(Ebpm.SAMPLE_LANDING.resolve("observations/ict-plan-achievement-rates-fy2019.csv"),
                landing.resolve("observations/ict-plan-achievement-rates-fy2019.csv"));
        assertThat(Ebpm.run("nightly", "--landing", landing.toString(), "--work", work.toString(),
                "--as-of", "2021-07-01").exitCode()).isZero();
        Instant betweenTheRuns = Instant.now();

        // The office corrects the FY2019 overall rate in a later file.
        Files.writeString(landing.resolve("observations/correction.csv"), String.join("\n",
                "指標コード,地域コード,区分,期間種別,期間,公表値,状態,出典",
                "measure_achievement_rate,140007,全体,FY,令和元年度,81.7%,確報,訂正"), StandardCharsets.UTF_8);
        assertThat(Ebpm.run("nightly", "--landing", landing.toString(), "--work", work.toString(),
                "--as-of", "2021-07-02").exitCode()).isZero();

        assertThat(query(work, "SELECT value, run_id FROM indicator_value WHERE indicator_code = "
                + "'measure_achievement_rate' AND breakdown = '全体' AND period = '2019'"))
                .containsExactly(List.of(81.7, "2021-07-02#2"));
        assertThat(query(work, AS_PUBLISHED_AT.formatted(betweenTheRuns)))
                .containsExactly(List.of(81.6, "2021-07-01#1"));
        assertThat(query(work, AS_PUBLISHED_AT.formatted(Instant.now())))
                .containsExactly(List.of(81.7, "2021-07-02#2"));
        assertThat(query(work, "SELECT count(*) FROM indicator_value_history WHERE breakdown = 'Ⅰ'"))
                .as("an unrevised value is recorded once").containsExactly(List.of(1L));
    }
}
