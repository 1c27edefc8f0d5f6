package ebpm.jobs.nightly;

import static ebpm.jobs.cli.WorkQueries.query;
import static org.assertj.core.api.Assertions.assertThat;

import ebpm.jobs.cli.Ebpm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every night runs each model's declared checks (unique, not_null, accepted_values) on that night's data, as dbt's
 * {@code build} does: an indicator model's failed check (severity error by default) keeps its values at the previous
 * night's, the others are stored, and the night ends with exit code 4 naming the check and offending keys; a
 * failed check of severity warn is a line in the summary.
 */
class DataChecksTest {

    private static final String INDICATORS = "models/indicators/";

    @TempDir
    Path temp;

    @Test
    void anIndicatorWithADuplicateKeyKeepsItsPreviousValuesWhileTheOthersUpdate() throws IOException, SQLException {
        Path work = temp.resolve("work");
        assertThat(Ebpm.nightly(Ebpm.SAMPLE_LANDING, work).exitCode()).isZero();
        Path project = initProject();
        // The inbound average doubled, and a second row for FY2020: its unique key is broken.
        edit(project.resolve(INDICATORS + "ind_tourism_inbound_monthly_average.sql"),
                "CAST(a.views AS DOUBLE) / a.months", "2 * CAST(a.views AS DOUBLE) / a.months");
        append(project.resolve(INDICATORS + "ind_tourism_inbound_monthly_average.sql"),
                "\nUNION ALL SELECT (SELECT prefecture_code FROM project_vars), 'inbound', 'FY', '2020', 1.0, NULL");
        // Another indicator changes tonight, and is stored.
        edit(project.resolve(INDICATORS + "ind_tourism_accommodation_pageviews.sql"),
                "CAST(a.views AS DOUBLE)           AS value", "CAST(a.views AS DOUBLE) + 1 AS value");

        Ebpm.Result night = night(project, work);

        assertThat(night.exitCode()).as(night.out() + night.err()).isEqualTo(4);
        assertThat(night.out())
                .contains("check failed (error): ind_tourism_inbound_monthly_average unique (area_code, breakdown, "
                        + "period_type, period): 1 key held by more than one row, e.g. [area_code=140007, "
                        + "breakdown=inbound, period_type=FY, period=2020, rows_with_key=2]")
                .containsPattern("tourism_inbound_monthly_average: \\d+ values computed, NOT stored");
        assertThat(night.err()).contains("a data check of severity error failed");
        assertThat(value(work, "tourism_inbound_monthly_average")).isEqualTo(83_640.0);
        assertThat(value(work, "tourism_accommodation_pageviews")).isEqualTo(841_587.0);
    }

    @Test
    void aFailedCheckOfSeverityWarnLetsTheNightSucceedWithAWarningLine() throws IOException, SQLException {
        Path project = initProject();
        // An intermediate model's checks warn unless its YAML says otherwise.
        append(project.resolve("models/intermediate/int_page_views_monthly.yaml"),
                "checks:\n  accepted_values:\n    section: [宿泊施設紹介]\n");

        Ebpm.Result night = night(project, temp.resolve("work"));

        assertThat(night.exitCode()).as(night.out() + night.err()).isZero();
        assertThat(night.out()).containsPattern("check failed \\(warn\\): int_page_views_monthly accepted_values "
                + "\\(section\\) in \\[宿泊施設紹介\\]: \\d+ rows, e\\.g\\. \\[site=");
        assertThat(value(temp.resolve("work"), "tourism_inbound_monthly_average")).isEqualTo(83_640.0);
    }

    @Test
    void aSeverityTheYamlDoesNotKnowIsRefusedBeforeTheNight() throws IOException {
        Path project = initProject();
        append(project.resolve("models/intermediate/int_page_views_monthly.yaml"), "checks:\n  severity: fatal\n");

        Ebpm.Result night = night(project, temp.resolve("work"));

        assertThat(night.exitCode()).isEqualTo(2);
        assertThat(night.err()).contains("int_page_views_monthly.yaml line", "severity 'fatal' is not one of [warn, error]");
    }

    private Path initProject() {
        Path project = temp.resolve("office");
        Ebpm.Result init = Ebpm.run("init", project.toString());
        assertThat(init.exitCode()).as(init.err()).isZero();
        return project;
    }

    private static Ebpm.Result night(Path project, Path work) {
        return Ebpm.run("nightly", "--project", project.toString(), "--landing", Ebpm.SAMPLE_LANDING.toString(),
                "--work", work.toString(), "--as-of", "2026-11-22");
    }

    private static double value(Path work, String indicator) throws SQLException {
        List<List<Object>> rows = query(work, "SELECT value FROM indicator_value WHERE indicator_code = '"
                + indicator + "' AND period = '2020'");
        assertThat(rows).hasSize(1);
        return (Double) rows.get(0).get(0);
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, Files.readString(file).stripTrailing() + "\n" + text);
    }
}
