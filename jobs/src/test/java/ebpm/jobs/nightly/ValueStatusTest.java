package ebpm.jobs.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import ebpm.analytics.engine.QueryRows;
import ebpm.analytics.indicatordb.TestPostgres;
import ebpm.jobs.cli.Ebpm;
import ebpm.jobs.cli.ReadmeSql;
import ebpm.jobs.cli.SampleRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every value says whether it is a figure as published, preliminary (速報) or final (確報), or one ebpm computed
 * (計算): the survey's preliminary visitor count lands and is stored as 速報 and marked in the evidence; the final
 * figure with the same number makes it 確報, and the history keeps both.
 */
class ValueStatusTest {

    private static final String HEADER = "calendar_year,visitors_as_published,status,source";
    private static final String VISITORS_2022 = "SELECT value, value_status, run_id FROM indicator_value "
            + "WHERE indicator_code = 'tourism_visitors' AND period = '2022'";

    @TempDir
    Path landing;

    @TempDir
    Path work;

    @Test
    void aPreliminaryFigureIsStoredAsSuchAndItsConfirmationRecordedOnDuckDb() throws Exception {
        preliminaryThenFinal(Optional.empty());
    }

    @Test
    void aPreliminaryFigureIsStoredAsSuchAndItsConfirmationRecordedOnPostgres() throws Exception {
        preliminaryThenFinal(Optional.of(TestPostgres.newDatabaseUrl()));
    }

    @Test
    void valuesComputedFromLandedRowsSayComputedAndPublishedOnesAsPublished() throws SQLException {
        List<List<Object>> statuses = query("jdbc:duckdb:" + SampleRun.work().resolve("indicators.duckdb"),
                "SELECT DISTINCT indicator_code, value_status FROM indicator_value WHERE value_status <> '計算' "
                        + "OR indicator_code NOT IN ('tourism_visitors', 'measure_achievement_rate') ORDER BY ALL");

        // The sample's published figures are final (the visitors of each year); every other value is computed,
        // the achievement rates included: every year of the sample has its measure sheet.
        assertThat(statuses).containsExactlyInAnyOrder(
                List.of("health_evaluated_projects", "計算"), List.of("health_outcome_improvement_rate", "計算"),
                List.of("health_participation_rate", "計算"), List.of("health_supported_evaluations", "計算"),
                List.of("measures_achieved", "計算"), List.of("measures_exceeded", "計算"),
                List.of("measures_not_achieved", "計算"), List.of("measures_with_indicator", "計算"),
                List.of("tourism_accommodation_pageviews", "計算"), List.of("tourism_inbound_monthly_average", "計算"),
                List.of("tourism_pageviews", "計算"), List.of("tourism_visitors", "確報"));
        assertThat(query("jdbc:duckdb:" + SampleRun.work().resolve("indicators.duckdb"),
                "SELECT DISTINCT value_status FROM indicator_value WHERE indicator_code = 'measure_achievement_rate'"))
                .containsExactly(List.of("計算"));
    }

    @Test
    void aPreviousYearRatePublishedAsPreliminaryIsMarkedInTheAchievementTable() throws Exception {
        // FY2020's sheet lands without FY2019's: the previous year's rates are the published ones, here preliminary.
        Path measures = Files.createDirectories(landing.resolve("measures"));
        Files.copy(Ebpm.SAMPLE_LANDING.resolve("measures/kanagawa-ict-measures-fy2020.csv"),
                measures.resolve("kanagawa-ict-measures-fy2020.csv"));
        Path observations = Files.createDirectories(landing.resolve("observations"));
        Files.writeString(observations.resolve("rates-fy2019-preliminary.csv"), Files.readString(
                Ebpm.SAMPLE_LANDING.resolve("observations/ict-plan-achievement-rates-fy2019.csv"),
                StandardCharsets.UTF_8).replace(",確報,", ",速報,"), StandardCharsets.UTF_8);
        night("2021-07-01", Optional.empty());

        List<String> table = evidence(work.resolve("out"), Optional.empty(), "achievement-by-pillar", "--fy", "2020");

        assertThat(table.get(0)).endsWith(",前年度達成率(%),増減(pt),備考");
        assertThat(table).filteredOn(line -> line.endsWith(",※前年度達成率は速報値")).extracting(line -> line.split(",")[1]
                + " " + line.split(",")[7]).containsExactly("小計 81.2", "小計 82.6", " 81.6");
        assertThat(table).filteredOn(line -> line.contains(",① ")).allMatch(line -> line.endsWith(","));
    }

    private void preliminaryThenFinal(Optional<String> indicatorDb) throws Exception {
        String database = indicatorDb.orElse("jdbc:duckdb:" + work.resolve("indicators.duckdb"));
        visitors("visitors-2022-preliminary.csv",
                "2021,\"1億1,725万人\",確報,pref.kanagawa.jp 入込観光客調査結果",
                "2022,\"1億6,000万人\",速報,報道発表（速報）");
        night("2023-06-01", indicatorDb);

        assertThat(query(database, VISITORS_2022))
                .containsExactly(List.of(160_000_000.0, "速報", "2023-06-01#1"));
        assertThat(query(database, "SELECT value_status FROM indicator_value "
                + "WHERE indicator_code = 'tourism_visitors' AND period = '2021'")).containsExactly(List.of("確報"));
        Path out = work.resolve("out");
        List<String> table = evidence(out, indicatorDb, "indicator", "--indicator", "tourism_visitors");
        assertThat(table.get(0)).endsWith(",目標,目標比(%),備考");
        assertThat(table).filteredOn(line -> line.contains(",2022,")).singleElement()
                .satisfies(line -> assertThat(line).endsWith(",※速報値"));
        assertThat(table).filteredOn(line -> line.contains(",2021,")).singleElement()
                .satisfies(line -> assertThat(line).endsWith(","));
        assertThat(evidence(out, indicatorDb, "visitor-trend")).endsWith("2021,117250,,確報", "2022,160000,36.5,速報");

        // The survey confirms the figure: the same number, now final.
        visitors("visitors-2022-final.csv", "2022,\"1億6,000万人\",確報,pref.kanagawa.jp 入込観光客調査結果");
        night("2023-09-01", indicatorDb);

        assertThat(query(database, VISITORS_2022))
                .containsExactly(List.of(160_000_000.0, "確報", "2023-09-01#2"));
        // The README's query for a figure's statuses as published.
        String asPublished = ReadmeSql.startingWith("-- a figure's statuses as published");
        assertThat(query(database, asPublished.substring(0, asPublished.lastIndexOf(';'))))
                .extracting(row -> row.subList(0, 3)).containsExactly(
                        List.of(160_000_000.0, "速報", "2023-06-01#1"), List.of(160_000_000.0, "確報", "2023-09-01#2"));
        assertThat(query(database, "SELECT count(*) FROM indicator_value_history "
                + "WHERE indicator_code = 'tourism_visitors' AND period = '2021'"))
                .as("an unchanged figure is recorded once").containsExactly(List.of(1L));
        assertThat(evidence(work.resolve("out-final"), indicatorDb, "indicator", "--indicator", "tourism_visitors"))
                .noneMatch(line -> line.contains("※速報値"));
    }

    private void visitors(String file, String... rows) throws Exception {
        Path folder = Files.createDirectories(landing.resolve("observations"));
        List<String> lines = new ArrayList<>(List.of(HEADER));
        lines.addAll(List.of(rows));
        Files.writeString(folder.resolve(file), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private void night(String asOf, Optional<String> indicatorDb) {
        List<String> args = new ArrayList<>(List.of("nightly", "--landing", landing.toString(), "--work",
                work.toString(), "--as-of", asOf));
        indicatorDb.ifPresent(url -> args.addAll(List.of("--indicator-db", url)));
        Ebpm.Result result = Ebpm.run(args.toArray(String[]::new));
        assertThat(result.exitCode()).as(result.err()).isZero();
    }

    /** The lines of one evidence table's CSV, its byte-order mark left out. */
    private List<String> evidence(Path out, Optional<String> indicatorDb, String... table) throws Exception {
        List<String> args = new ArrayList<>(List.of("evidence"));
        args.addAll(List.of(table));
        args.addAll(List.of("--format", "csv", "--work", work.toString(), "--out", out.toString()));
        indicatorDb.ifPresent(url -> args.addAll(List.of("--indicator-db", url)));
        Ebpm.Result result = Ebpm.run(args.toArray(String[]::new));
        assertThat(result.exitCode()).as(result.err()).isZero();
        try (var files = Files.list(out)) {
            Path csv = files.filter(file -> file.getFileName().toString().startsWith(table[0])
                    && file.toString().endsWith(".csv")).findFirst().orElseThrow();
            List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
            lines.set(0, lines.get(0).replace("\uFEFF", ""));
            return lines;
        }
    }

    private static List<List<Object>> query(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url)) {
            return QueryRows.of(connection, sql);
        }
    }
}
