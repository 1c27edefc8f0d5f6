package ebpm.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A planner's request for one evidence table, after a nightly run. */
class EvidenceCommandTest {

    @TempDir
    static Path work;

    @BeforeAll
    static void nightlyRun() {
        assertThat(Ebpm.nightly(Ebpm.SAMPLE_LANDING, work).exitCode()).isZero();
    }

    @Test
    void writesTheRequestedTableForTheRequestedFiscalYear(@TempDir Path out) throws Exception {
        Ebpm.Result result = Ebpm.run("evidence", "achievement-by-pillar", "--work", work.toString(),
                "--fy", "令和2年度", "--format", "csv", "--out", out.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(out.resolve("achievement-by-pillar_FY2020.csv")).hasSameBinaryContentAs(
                work.resolve("evidence/2026-11-21/achievement-by-pillar_FY2020.csv"));
        assertThat(Files.list(out)).hasSize(1);
    }

    @Test
    void refusesAnUnknownTableWithTheKnownNames() {
        Ebpm.Result result = Ebpm.run("evidence", "no-such-table", "--work", work.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().strip()).startsWith("ebpm: unknown evidence table 'no-such-table'; known: "
                + "achievement-by-pillar, measure-status, ").endsWith(", visitor-trend (see: ebpm catalog)");
    }

    @Test
    void refusesAFiscalYearItCannotRead() {
        Ebpm.Result result = Ebpm.run("evidence", "achievement-by-pillar", "--work", work.toString(), "--fy", "昨年");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("--fy '昨年' is not a fiscal year; write e.g. 2020 or 令和2年度");
    }

    @Test
    void saysToRunNightlyFirstWhenThereIsNoIndicatorDatabase(@TempDir Path empty) {
        Ebpm.Result result = Ebpm.run("evidence", "achievement-by-pillar", "--work", empty.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("run 'ebpm nightly' first");
    }

    @Test
    void catalogListsEveryEvidenceTableAndIndicator() {
        Ebpm.Result result = Ebpm.run("catalog");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("achievement-by-pillar", "measure-status", "measure_achievement_rate",
                "成果指標達成率", "measures_with_indicator");
    }

    @Test
    void statusShowsTheLastRunWithItsCounts() {
        Ebpm.Result result = Ebpm.run("status", "--work", work.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("run 2026-11-21#1  COMPLETED",
                "ingestMeasures       COMPLETED          76         76          0");
    }
}
