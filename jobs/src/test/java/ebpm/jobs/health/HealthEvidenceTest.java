package ebpm.jobs.health;

import static ebpm.jobs.cli.WorkQueries.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ebpm.analytics.project.Project;
import ebpm.analytics.project.ReferenceTable;
import ebpm.jobs.cli.Ebpm;
import ebpm.jobs.cli.SampleRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two health evidence tables after a nightly run on the sample data, as a planner asks for them. */
class HealthEvidenceTest {

    private static final String BOM = "\uFEFF";

    static Path work;

    @BeforeAll
    static void nightlyRun() {
        work = SampleRun.work();
        Ebpm.Result result = SampleRun.result();
        assertThat(result.exitCode()).as(result.err()).isZero();
        // 33 files; 真鶴町's FY2017 health guidance row has participants and eligible swapped.
        assertThat(result.out()).containsPattern("ingestHealth +COMPLETED +714 +713 +1 ");
    }

    @Test
    void theSummaryShowsTheSupportedEvaluationsAgainstTheTargetAndTheIntervalOfTheDifference() throws IOException {
        List<String> lines = Files.readAllLines(pack().resolve("health-support-summary.csv"), StandardCharsets.UTF_8);

        assertThat(lines.get(0)).isEqualTo(BOM + "年度,評価事業数,県評価支援(件),目標(件),支援あり(件),支援なし(件),"
                + "支援あり平均改善率(%),支援なし平均改善率(%),差(pt),95%信頼区間下限(pt),95%信頼区間上限(pt),自由度,判定");
        assertThat(lines.subList(1, lines.size())).extracting(line -> line.split(",", 5)[0] + "," + line.split(",")[2]
                + "," + line.split(",")[3]).containsExactly(
                // FY2020's target is the real sheet's; FY2019, FY2021 and FY2022's the synthetic sheets'.
                "2016,0,", "2017,0,", "2018,1,", "2019,2,2", "2020,33,2", "2021,38,2", "2022,41,2");
        assertThat(lines).contains(
                "2018,98,1,,1,97,3.07,2.28,0.79,,,,判定できない（各群に改善率が2件以上必要）",
                "2019,105,2,2,2,103,5.99,3.04,2.95,-20.73,26.63,1.1,差ははっきりしない（区間が0を含む）",
                "2020,105,33,2,33,72,4.12,2.59,1.53,-0.03,3.09,56.2,差ははっきりしない（区間が0を含む）");
    }

    /** The FY2020 means and degrees of freedom, recomputed here from the landed rows, agree with the table. */
    @Test
    void theFy2020ComparisonAgreesWithAComputationFromTheLake() throws SQLException, IOException {
        List<Double> supported = new ArrayList<>();
        List<Double> unsupported = new ArrayList<>();
        ReferenceTable directions = Project.builtIn().referenceTable("seed_outcome_indicators");
        for (List<Object> row : query(work, "SELECT value_before, value_after, outcome_indicator, prefecture_supported"
                + " FROM read_parquet('" + work + "/lake/health_evaluations/fiscal_year=2020/*.parquet')")) {
            double before = (Double) row.get(0);
            Object better = directions.find("name", row.get(2)).orElseThrow().get(directions.indexOf("better"));
            double change = ((Double) row.get(1) - before) * ("higher".equals(better) ? 1 : -1);
            (Boolean.TRUE.equals(row.get(3)) ? supported : unsupported).add(100 * change / before);
        }
        double v1 = variance(supported) / supported.size();
        double v0 = variance(unsupported) / unsupported.size();
        double df = (v1 + v0) * (v1 + v0)
                / (v1 * v1 / (supported.size() - 1) + v0 * v0 / (unsupported.size() - 1));

        String[] fy2020 = Files.readAllLines(pack().resolve("health-support-summary.csv")).get(5).split(",");
        assertThat(supported).hasSize(33);
        assertThat(unsupported).hasSize(72);
        assertThat(Double.parseDouble(fy2020[6])).isCloseTo(mean(supported), within(0.005));
        assertThat(Double.parseDouble(fy2020[7])).isCloseTo(mean(unsupported), within(0.005));
        assertThat(Double.parseDouble(fy2020[11])).isCloseTo(df, within(0.05));
        double halfWidth = (Double.parseDouble(fy2020[10]) - Double.parseDouble(fy2020[9])) / 2;
        // t(0.975; 56) = 2.0032 (printed tables), se from the two variances
        assertThat(halfWidth).isCloseTo(2.0032 * Math.sqrt(v1 + v0), within(0.01));
    }

    @Test
    void oneMunicipalitysEvaluationsOfAYear(@TempDir Path out) throws IOException {
        Ebpm.Result result = Ebpm.run("evidence", "health-evaluations", "--work", work.toString(), "--fy", "令和2年度",
                "--municipality", "141003", "--format", "csv", "--out", out.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        List<String> lines = Files.readAllLines(out.resolve("health-evaluations_FY2020_141003.csv"));
        assertThat(lines.get(0)).isEqualTo(BOM + "年度,市町村コード,市町村名,事業名,対象者数,参加者数,参加率(%),"
                + "前年度参加率(%),増減(pt),評価指標,単位,事業前値,事業後値,改善幅,県評価支援");
        assertThat(lines.subList(1, lines.size())).hasSize(3)
                .allMatch(line -> line.startsWith("2020,141003,横浜市,"))
                .extracting(line -> line.split(",")[3])
                .containsExactly("健康ポイント事業", "特定保健指導", "糖尿病性腎症重症化予防");
        // Each value with its indicator's unit and decimals (seeds/outcome_indicators.csv): HbA1c 2, steps 0.
        assertThat(lines.get(3).split(",")).satisfies(hba1c -> {
            assertThat(hba1c[9]).isEqualTo("HbA1c");
            assertThat(hba1c[10]).isEqualTo("%");
            assertThat(hba1c[11]).matches("\\d+\\.\\d\\d");
        });
        assertThat(lines.get(1).split(",")[12]).matches("\\d+");
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            double rate = 100.0 * Long.parseLong(cells[5]) / Long.parseLong(cells[4]);
            assertThat(cells[6]).as("参加率 of %s", cells[3]).isEqualTo("%.1f".formatted(rate));
            assertThat(new java.math.BigDecimal(cells[8])).as("増減 of %s", cells[3])
                    .isEqualTo(new java.math.BigDecimal(cells[6]).subtract(new java.math.BigDecimal(cells[7])));
        }
    }

    @Test
    void theChangeIsEmptyWhereTheProjectHasNoPreviousYear(@TempDir Path out) throws IOException {
        // 逗子市 started its health points project in FY2019.
        Ebpm.Result result = Ebpm.run("evidence", "health-evaluations", "--work", work.toString(), "--fy", "R1",
                "--municipality", "142085", "--format", "csv", "--out", out.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        String points = Files.readAllLines(out.resolve("health-evaluations_FY2019_142085.csv")).stream()
                .filter(line -> line.contains("健康ポイント事業")).findFirst().orElseThrow();
        assertThat(Arrays.asList(points.split(",", -1)).subList(6, 9)).satisfiesExactly(
                rate -> assertThat(rate).isNotEmpty(), previous -> assertThat(previous).isEmpty(),
                change -> assertThat(change).isEmpty());
    }

    @Test
    void theWholePrefectureOfTheLatestYearIsInTheNightlyPack() throws IOException {
        List<String> lines = Files.readAllLines(pack().resolve("health-evaluations_FY2022.csv"));

        assertThat(lines).hasSize(1 + 105);
        assertThat(lines.stream().skip(1).map(line -> line.split(",")[1]).distinct()).hasSize(33);
        assertThat(lines.stream().filter(line -> line.endsWith(",有"))).hasSize(41);
    }

    @Test
    void refusesAMunicipalityThatIsNotOneOfThe33WithTheReason() {
        Ebpm.Result result = Ebpm.run("evidence", "health-evaluations", "--work", work.toString(),
                "--municipality", "131016");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("--municipality '131016' is a code of prefecture 13, not of 神奈川県 (14)");
    }

    @Test
    void theSummaryForOneYear(@TempDir Path out) throws IOException {
        Ebpm.Result result = Ebpm.run("evidence", "health-support-summary", "--work", work.toString(), "--fy", "2020",
                "--format", "csv,html", "--out", out.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(Files.readAllLines(out.resolve("health-support-summary_FY2020.csv"))).hasSize(2);
        assertThat(Files.readString(out.resolve("health-support-summary_FY2020.html")))
                .contains("令和2年度", "Welch", "health-evaluations_141003.csv");
    }

    private static Path pack() {
        return work.resolve("evidence").resolve("2026-11-21");
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    private static double variance(List<Double> values) {
        double mean = mean(values);
        return values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum() / (values.size() - 1);
    }
}
