package ebpm.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ebpm.analytics.indicatordb.IndicatorStore;
import ebpm.analytics.project.Project;
import ebpm.evidence.catalog.EvidenceCatalog;
import ebpm.evidence.export.EvidenceDocument;
import ebpm.jobs.WorkFolder;
import ebpm.jobs.evidence.EvidenceWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/** Any indicator as a table, without writing an evidence table: {@code ebpm evidence indicator --indicator CODE}. */
class IndicatorTableCommandTest {

    static Path work;

    @BeforeAll
    static void nightlyRun() {
        work = SampleRun.work();
    }

    @Test
    void writesAnIndicatorOfTheSampleRunWithItsModelsAndSourcesInTheLineage(@TempDir Path out) throws Exception {
        Ebpm.Result result = Ebpm.run("evidence", "indicator", "--indicator", "tourism_visitors", "--work",
                work.toString(), "--format", "csv", "--out", out.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        Path csv = out.resolve("indicator_tourism_visitors_140007.csv");
        assertThat(Files.readAllLines(csv).get(0)).isEqualTo(
                "\uFEFF指標,地域,内訳,期間,値,前期間の値,増減,増減率(%),目標,目標比(%),備考");
        assertThat(Files.readString(out.resolve("indicator_tourism_visitors_140007.lineage.json")))
                .contains("\"title\": \"指標の推移 延観光客数\"", "\"ind_tourism_visitors\"", "\"stg_observations\"",
                        "\"指標コード\": \"tourism_visitors\"", "\"地域コード\": \"140007\"", "\"内訳\": \"すべて\"")
                .containsPattern("\"sources\": \\[\\s*\\{\\s*\"name\": \"[^\"]+\"");
    }

    @Test
    void eachYearIsBesideTheYearRightBeforeItWhereThatYearHasAValue() throws Exception {
        Table table = build(Map.of("indicator", "tourism_visitors"));
        List<List<Object>> stored = WorkQueries.query(work, "SELECT period, value FROM indicator_value "
                + "WHERE indicator_code = 'tourism_visitors' AND area_code = '140007' AND breakdown = '全体' "
                + "ORDER BY period");
        Map<String, Double> byYear = new HashMap<>();
        stored.forEach(row -> byYear.put((String) row.get(0), ((Number) row.get(1)).doubleValue()));

        assertThat(table.rowCount()).isEqualTo(stored.size()).isGreaterThan(1);
        for (Row row : table) {
            String year = row.getString("期間");
            Double before = byYear.get(String.valueOf(Integer.parseInt(year) - 1));
            assertThat(row.getString("指標")).isEqualTo("延観光客数");
            assertThat(row.getString("地域")).isEqualTo("140007 神奈川県");
            assertThat(row.getDouble("値")).as(year).isEqualTo(byYear.get(year));
            if (before == null) {
                assertThat(row.getDouble("前期間の値")).as(year).isNaN();
                assertThat(row.getDouble("増減")).as(year).isNaN();
            } else {
                assertThat(row.getDouble("前期間の値")).as(year).isEqualTo(before);
                assertThat(row.getDouble("増減")).as(year).isEqualTo(byYear.get(year) - before);
            }
        }
    }

    @Test
    void aMonthlyIndicatorWithoutATotalListsEveryBreakdown() throws Exception {
        Table table = build(Map.of("indicator", "tourism_pageviews", "breakdown", "kanagawa-now:合計"));

        assertThat(table.rowCount()).isGreaterThan(12);
        assertThat(table.stringColumn("内訳").unique().asList()).containsExactly("kanagawa-now:合計");
        assertThat(table.stringColumn("期間").get(0)).matches("\\d{4}-\\d{2}");
        assertThat(table.doubleColumn("前期間の値").get(1)).isEqualTo(table.doubleColumn("値").get(0));
    }

    @Test
    void anUnknownIndicatorIsRefusedWithTheKnownCodes() {
        Ebpm.Result result = Ebpm.run("evidence", "indicator", "--indicator", "tourism_visitor", "--work",
                work.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().strip()).startsWith("ebpm: --indicator 'tourism_visitor' is not an indicator of the "
                + "project; known: health_evaluated_projects, ").contains(", tourism_visitors (see: ebpm catalog)");
    }

    @Test
    void theIndicatorMustBeGivenAndTheAreaMustBeAnAreaCode() {
        Ebpm.Result none = Ebpm.run("evidence", "indicator", "--work", work.toString());
        Ebpm.Result badArea = Ebpm.run("evidence", "indicator", "--indicator", "tourism_visitors", "--area", "14",
                "--work", work.toString());

        assertThat(none.exitCode()).isEqualTo(1);
        assertThat(none.err().strip()).isEqualTo("ebpm: indicator needs --indicator (指標コード)");
        assertThat(badArea.exitCode()).isEqualTo(1);
        assertThat(badArea.err()).contains("--area '14' is not an area code");
    }

    @Test
    void theNightlyPackLeavesItOutAndSaysWhy() {
        assertThat(SampleRun.result().out()).contains("not in the pack: indicator: needs --indicator (指標コード); "
                + "ask for it with ebpm evidence indicator");
        assertThat(work.resolve("evidence/2026-11-21").toFile().list())
                .noneMatch(name -> name.startsWith("indicator"));
    }

    private static Table build(Map<String, String> filters) throws Exception {
        try (EvidenceWriter writer = new EvidenceWriter(new WorkFolder(work),
                IndicatorStore.duckDbFile(work.resolve("indicators.duckdb")), Project.builtIn())) {
            EvidenceDocument document = writer.build(EvidenceCatalog.load().definition("indicator"), filters);
            return document.table();
        }
    }
}
