package ebpm.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "Adding an indicator without Java", step by step as an analyst does it: write a project with
 * {@code ebpm init}, add a site to a seed, an indicator model and an evidence table to the folder, run the night on
 * it and read both through {@code ebpm evidence}. No Java is compiled for any of it.
 */
class ProjectWalkthroughTest {

    @TempDir
    Path temp;

    @Test
    void anAnalystAddsASiteAnIndicatorAndAnEvidenceTableWithoutJava() throws IOException {
        Path project = temp.resolve("office-project");
        Ebpm.Result init = Ebpm.run("init", project.toString());
        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(project.resolve("ebpm_project.yml")).exists();
        assertThat(project.resolve("models/indicators/ind_measure_achievement_rate.sql")).exists();

        // 1. a new site and its section: two rows in the seeds (Excel would save them the same way)
        append(project.resolve("seeds/tourism_sites.csv"), "onsen-navi,かながわ温泉ナビ,かながわ温泉ナビ\n");
        append(project.resolve("seeds/tourism_sections.csv"), "onsen-navi,/yu/,温泉\n");
        // 2. an indicator: its SQL and its sidecar
        Files.writeString(project.resolve("models/indicators/ind_onsen_pageviews.sql"), """
                -- ind_onsen_pageviews: page views of the 温泉 pages of each site per fiscal year.
                -- grain: area_code × breakdown (site) × fiscal year
                -- inputs: int_page_views_monthly, project_vars
                SELECT (SELECT prefecture_code FROM project_vars) AS area_code,
                       site                                       AS breakdown,
                       'FY'                                       AS period_type,
                       CAST(fiscal_year AS STRING)                AS period,
                       CAST(sum(views) AS DOUBLE)                 AS value
                FROM int_page_views_monthly
                WHERE section = '温泉'
                GROUP BY site, fiscal_year
                """);
        Files.writeString(project.resolve("models/indicators/ind_onsen_pageviews.yaml"), """
                description: 温泉ページの表示回数（年度、サイト別）
                grain: area_code × breakdown × period
                unique: [area_code, breakdown, period_type, period]
                not_null: [area_code, breakdown, period_type, period, value]
                indicator:
                  code: onsen_pageviews
                  name_ja: 温泉ページ表示回数
                  unit: PV
                  period_type: FY
                  higher_is_better: true
                """);
        // 3. an evidence table over it
        Files.writeString(project.resolve("evidence/onsen.sql"), """
                -- onsen: the 温泉 page views of the chosen fiscal year per site.
                -- grain: one row per site
                -- inputs: params(fy), indicator_value
                SELECT CAST(period AS BIGINT)  AS "年度",
                       breakdown               AS "サイト",
                       CAST(value AS BIGINT)   AS "表示回数"
                FROM indicator_value
                WHERE indicator_code = 'onsen_pageviews' AND period = CAST((SELECT fy FROM params) AS VARCHAR)
                ORDER BY breakdown
                """);
        Files.writeString(project.resolve("evidence/onsen.yaml"), """
                title: 温泉ページの表示回数
                description: 温泉ページの年度の表示回数（サイト別）。
                grain: サイトごとに1行
                parameters:
                  fy:
                    label: 年度
                    type: fiscal_year
                    default_sql: SELECT max(CAST(period AS INTEGER)) FROM indicator_value WHERE indicator_code = 'onsen_pageviews'
                models: [ind_onsen_pageviews]
                chart: {type: bar, x: サイト, y: 表示回数}
                """);
        Path landing = TestFolders.landingWith(temp, "tourism-pv/onsen-navi/2020-05.csv", (
                "日付,ページ パスとスクリーン クラス,ページ タイトルとスクリーン クラス,表示回数\n"
                        + "20200501,/yu/hakone/,箱根の湯,120\n20200502,/yu/yugawara/,湯河原の湯,80\n"
                        + "20200502,/about/,about,5\n").getBytes(StandardCharsets.UTF_8));
        Path work = temp.resolve("work");

        Ebpm.Result check = Ebpm.run("catalog", "--check", "--project", project.toString());
        assertThat(check.exitCode()).as(check.out() + check.err()).isZero();
        Ebpm.Result night = Ebpm.run("nightly", "--project", project.toString(), "--landing", landing.toString(),
                "--work", work.toString(), "--as-of", "2026-11-21");
        assertThat(night.exitCode()).as(night.err()).isZero();
        assertThat(night.out()).contains("onsen_pageviews: 1 values").doesNotContain("not in seeds");

        Path out = temp.resolve("out");
        Ebpm.Result table = Ebpm.run("evidence", "onsen", "--project", project.toString(), "--work", work.toString(),
                "--format", "csv,xlsx", "--out", out.toString());
        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(Files.readString(out.resolve("onsen_FY2020.csv"), StandardCharsets.UTF_8))
                .contains("年度,サイト,表示回数").contains("2020,onsen-navi,200");
        try (var workbook = new XSSFWorkbook(Files.newInputStream(out.resolve("onsen_FY2020.xlsx")))) {
            assertThat(workbook.getSheet("グラフ").getDrawingPatriarch().getCharts()).hasSize(1);
        }
        Ebpm.Result values = Ebpm.run("evidence", "indicator", "--indicator", "onsen_pageviews", "--area", "140007",
                "--project", project.toString(), "--work", work.toString(), "--format", "csv", "--out",
                out.toString());
        assertThat(values.exitCode()).as(values.err()).isZero();
        assertThat(values.out()).contains("indicator");
    }

    private static void append(Path file, String line) throws IOException {
        Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }
}
