package ebpm.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A planner's request for one evidence table, after a nightly run. */
class EvidenceCommandTest {

    static Path work;

    @BeforeAll
    static void nightlyRun() {
        work = SampleRun.work();
    }

    @Test
    void writesTheRequestedTableForTheRequestedFiscalYear(@TempDir Path out) throws Exception {
        Ebpm.Result result = Ebpm.run("evidence", "achievement-by-pillar", "--work", work.toString(),
                "--fy", "令和4年度", "--format", "csv", "--out", out.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        // The nightly pack shows the ICT plan's last year, FY2022: the same table as asked for.
        assertThat(out.resolve("achievement-by-pillar_FY2022.csv")).hasSameBinaryContentAs(
                work.resolve("evidence/2026-11-21/achievement-by-pillar_FY2022.csv"));
        assertThat(Files.list(out).map(file -> file.getFileName().toString()))
                .containsExactlyInAnyOrder("achievement-by-pillar_FY2022.csv", "achievement-by-pillar_FY2022.lineage.json");
    }

    @Test
    void writesExcelAndANotebookBesideTheCsvAndItsLineage(@TempDir Path out) throws Exception {
        Ebpm.Result result = Ebpm.run("evidence", "achievement-by-pillar", "--work", work.toString(),
                "--fy", "2020", "--format", "csv,xlsx,ipynb", "--out", out.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        // The notebook with the rows it re-runs over and the font its chart draws Japanese with.
        assertThat(result.out().lines().map(line -> out.relativize(Path.of(line)).toString())).containsExactly(
                "achievement-by-pillar_FY2020.csv", "achievement-by-pillar_FY2020.lineage.json",
                "achievement-by-pillar_FY2020.xlsx", "achievement-by-pillar_FY2020.ipynb",
                "achievement-by-pillar_FY2020.data/indicator_value.parquet",
                "achievement-by-pillar_FY2020.data/int_measure_evaluations.parquet",
                "achievement-by-pillar_FY2020.data/plan_years.parquet",
                "achievement-by-pillar_FY2020.data/project_vars.parquet", "fonts/NotoSansJP-Regular.ttf",
                "fonts/OFL.txt");
        try (var in = Files.newInputStream(out.resolve("achievement-by-pillar_FY2020.xlsx"));
             var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            var total = workbook.getSheet("表").getRow(10);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合計");
            assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(63);
            assertThat(total.getCell(6).getNumericCellValue()).isEqualTo(69.8);
            assertThat(workbook.getSheetAt(2).getSheetName()).isEqualTo("グラフ");
        }
        assertThat(Files.readString(out.resolve("achievement-by-pillar_FY2020.ipynb")))
                .contains("\"nbformat\": 4", "read_parquet", "image/png", "kanagawa-ict-measures-fy2020.csv");
        assertThat(Files.readString(out.resolve("achievement-by-pillar_FY2020.lineage.json")))
                .contains("\"name\": \"kanagawa-ict-measures-fy2020.csv\"", "\"年度\": \"2020（令和2年度）\"");
    }

    @Test
    void writesCp932OnRequest(@TempDir Path out) throws Exception {
        Ebpm.Result result = Ebpm.run("evidence", "measure-status", "--work", work.toString(), "--fy", "2020",
                "--format", "csv", "--encoding", "cp932", "--out", out.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        byte[] csv = Files.readAllBytes(out.resolve("measure-status_FY2020.csv"));
        assertThat(new String(csv, java.nio.charset.Charset.forName("windows-31j")))
                .startsWith("柱,中柱,分野,番号,施策名");
        assertThat(Files.readString(out.resolve("measure-status_FY2020.lineage.json"))).contains("windows-31j");
    }

    @Test
    void refusesAnEncodingItCannotWrite() {
        Ebpm.Result result = Ebpm.run("evidence", "measure-status", "--work", work.toString(), "--encoding", "euc-jp");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().strip())
                .isEqualTo("ebpm: unknown CSV encoding 'euc-jp'; use utf-8 (with BOM, the default), "
                        + "utf-16 (tab-separated, for LibreOffice and Excel alike) or cp932");
    }

    @Test
    void refusesAFilterTheTableDoesNotDeclare() {
        Ebpm.Result result = Ebpm.run("evidence", "achievement-by-pillar", "--work", work.toString(),
                "--site", "kanagawa-now");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().strip()).isEqualTo("ebpm: achievement-by-pillar does not take --site");
    }

    @Test
    void refusesAnUnknownTableWithTheKnownNames() {
        Ebpm.Result result = Ebpm.run("evidence", "no-such-table", "--work", work.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().strip()).startsWith("ebpm: unknown evidence table 'no-such-table'; known: achievement-by-level, achievement-by-pillar, ")
                .contains(", measure-status, ").endsWith(", visitor-trend (see: ebpm catalog)");
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
                "成果指標達成率", "measures_with_indicator",
                "達成率 = (◎ + ○) ÷ 施策数",
                "grain:   中柱ごとに1行、柱ごとの小計、合計",
                "filters: --fy (年度, fiscal_year, default: SELECT max(fiscal_year) FROM int_measure_evaluations)",
                "formats: csv, xlsx, html, ipynb; chart: grouped_bar of 達成率(%), 前年度達成率(%) by 柱 中柱");
    }

    @Test
    void statusShowsTheLastRunWithItsCounts() {
        Ebpm.Result result = Ebpm.run("status", "--work", work.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("run 2026-11-21#1  COMPLETED", "indicator values: ")
                .containsPattern("ingestMeasures +COMPLETED +412 +412 +0 ");
    }
}
