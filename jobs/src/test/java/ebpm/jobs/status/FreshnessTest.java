package ebpm.jobs.status;

import static org.assertj.core.api.Assertions.assertThat;

import ebpm.analytics.indicatordb.IndicatorDatabase;
import ebpm.analytics.indicatordb.IndicatorStore;
import ebpm.analytics.indicatordb.ManifestEntry;
import ebpm.analytics.project.Project;
import ebpm.jobs.cli.Ebpm;
import ebpm.jobs.cli.SampleRun;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a monitor asks every morning: per source the last file, the latest period, and whether it is overdue. */
class FreshnessTest {

    private final Path work = SampleRun.work();

    @Test
    void theSampleNightsSourcesWithTheirLatestPeriodsAreFreshTheDayTheyArrived() throws Exception {
        List<Freshness.SourceFreshness> sources = Freshness.of(Project.builtIn(), manifest(), work.resolve("lake"),
                Instant.now());

        assertThat(sources).extracting(Freshness.SourceFreshness::source)
                .containsExactly("measures", "observations", "health", "tourism-pv");
        assertThat(sources).extracting(Freshness.SourceFreshness::latestPeriod)
                .containsExactly("FY2025", "CY 2021", "FY2022", "2023-03-31");
        assertThat(sources).noneMatch(Freshness.SourceFreshness::overdue);
    }

    @Test
    void aSourceWhoseNewestFileIsOlderThanItsFreshnessDaysIsOverdue() throws Exception {
        Instant fourDaysOn = Instant.now().plus(Duration.ofDays(4));

        List<Freshness.SourceFreshness> sources = Freshness.of(Project.builtIn(), manifest(), work.resolve("lake"),
                fourDaysOn);

        // page views are expected every 3 days (ebpm_project.yml), the yearly sources every 400
        assertThat(sources).filteredOn(Freshness.SourceFreshness::overdue)
                .extracting(Freshness.SourceFreshness::source).containsExactly("tourism-pv");
    }

    @Test
    void statusJsonGivesTheSameForAMonitor() {
        Ebpm.Result status = Ebpm.run("status", "--json", "--work", work.toString());

        assertThat(status.exitCode()).as(status.err()).isZero();
        assertThat(status.out()).contains("\"night_running\": false", "\"overdue\": false",
                "\"source\": \"tourism-pv\"", "\"latest_period\": \"2023-03-31\"", "\"expected_days\": 3");
    }

    private List<ManifestEntry> manifest() throws Exception {
        try (IndicatorDatabase database = IndicatorStore.duckDbFile(work.resolve("indicators.duckdb")).openReadOnly()) {
            return database.manifest().entries();
        }
    }
}
