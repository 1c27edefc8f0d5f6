package ebpm.jobs.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import ebpm.jobs.cli.Ebpm;
import ebpm.jobs.cli.SampleRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evidence tables by plan on the sample's sheets of both plans, as planners ask for them. */
class PlanEvidenceTest {

    @TempDir
    Path out;

    @Test
    void theFy2019SheetGivesTheRatesTheFy2020ReportPublishedForFy2019() throws IOException {
        List<String> rows = table("achievement-by-level", "ict-2019_FY2019", "--plan", "ict-2019", "--fy", "2019");

        // 39/48 = 81.25, 19/23 = 82.61, 58/71 = 81.69: the FY2019 report cut them off to 81.2, 82.6, 81.6.
        assertThat(rows).contains("成果指標,Ⅰ くらしの情報化,小計,48,9,30,9,81.2,,,",
                "成果指標,Ⅱ 行政の情報化,小計,23,2,17,4,82.6,,,",
                "成果指標,合計,,71,11,47,13,81.6,,,");
    }

    @Test
    void theIctFy2020TotalsAreTheReportsInTheTableOfAnyPlan() throws IOException {
        List<String> rows = table("achievement-by-level", "ict-2019_FY2020", "--plan", "ict-2019", "--fy", "2020");

        assertThat(rows).contains("成果指標,Ⅰ くらしの情報化,小計,44,10,22,12,72.7,令和元年度,81.2,-8.5",
                "成果指標,Ⅱ 行政の情報化,小計,19,3,9,7,63.2,令和元年度,82.6,-19.4",
                "成果指標,合計,,63,13,31,19,69.8,令和元年度,81.6,-11.8");
    }

    @Test
    void theFirstDxYearIsComparedWithTheLastIctYearAndSaysSo() throws IOException {
        List<String> rows = table("achievement-by-level", "dx-2024_FY2024", "--plan", "dx-2024", "--fy", "2024");

        // Only the outcome total compares: the levels of the two plans differ, and the ICT plan has no 過程指標.
        assertThat(rows.stream().filter(row -> row.contains("令和4年度")).toList()).containsExactly(
                "成果指標,合計,,27,9,10,8,70.4,令和4年度（前計画 かながわICT・データ利活用推進計画 の最終年度）,79.4,-9.0");
        assertThat(rows).contains("過程指標,合計,,27,9,11,7,74.1,,,");
    }

    @Test
    void aMeasuresTrendAcrossTheFourYearsIsWhatHandArithmeticGives() throws IOException {
        List<String> rows = table("measure-trend", "ict-2019", "--plan", "ict-2019").stream()
                .filter(row -> row.contains(",公開テーマ(データセット)数,")).toList();

        // First year's actual 68, final year's target 78: the distance is 10 テーマセット.
        //   FY2019: (68 − 68) ÷ 10 = 0 %        ≥ 0/3 of the plan gone by → 順調
        //   FY2020: (129 − 68) ÷ 10 = 610 %     ≥ 1/3 → 順調
        //   FY2021: (72 − 68) ÷ 10 = 40 %       < 2/3 → 遅れ
        //   FY2022: (78 − 68) ÷ 10 = 100 %      ≥ 3/3 → 順調
        assertThat(rows).extracting(row -> row.substring(row.indexOf(",令和") + 1)).containsExactly(
                "令和元年度,59テーマセット,68テーマセット,◎,78テーマセット,0.0,順調",
                "令和2年度,65テーマセット,129テーマセット,◎,78テーマセット,610.0,順調",
                "令和3年度,72テーマセット,72テーマセット,○,78テーマセット,40.0,遅れ",
                "令和4年度,78テーマセット,78テーマセット,○,78テーマセット,100.0,順調");
    }

    @Test
    void thePlanEndReviewCountsEachYearsMetMeasuresAndThoseNeverEvaluated() throws IOException {
        List<String> rows = table("plan-review", "ict-2019", "--plan", "ict-2019");

        // FY2019 58 met (published rate 81.6 % of 71), FY2020 44 (the report); 5 measures never had an indicator.
        assertThat(rows).contains("成果指標,合計,,76,58,44,50,50,63,79.4,5,77.7");
    }

    @Test
    void theTablesByPlanComeOutInEveryFormat() throws IOException {
        for (String[] request : List.of(new String[] {"achievement-by-level", "dx-2024_FY2025", "--plan", "dx-2024",
                "--fy", "2025"}, new String[] {"measure-trend", "ict-2019", "--plan", "ict-2019"},
                new String[] {"plan-review", "ict-2019", "--plan", "ict-2019"})) {
            run(request, "csv,xlsx,html,ipynb");
            for (String format : List.of("csv", "lineage.json", "xlsx", "html", "ipynb")) {
                assertThat(out.resolve(request[0] + "_" + request[1] + "." + format)).isNotEmptyFile();
            }
        }
    }

    @Test
    void aPlanTheProjectDoesNotHaveIsRefusedWithThePlansItHas() {
        Ebpm.Result result = Ebpm.run("evidence", "plan-review", "--plan", "dx-2030", "--work",
                SampleRun.work().toString(), "--out", out.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("--plan 'dx-2030' is not a plan of the project; known: ict-2019, dx-2024");
    }

    private List<String> table(String name, String suffix, String... filters) throws IOException {
        String[] request = new String[filters.length + 2];
        request[0] = name;
        request[1] = suffix;
        System.arraycopy(filters, 0, request, 2, filters.length);
        run(request, "csv");
        return Files.readAllLines(out.resolve(name + "_" + suffix + ".csv"), StandardCharsets.UTF_8);
    }

    private void run(String[] request, String formats) {
        List<String> args = new ArrayList<>(List.of("evidence", request[0], "--work", SampleRun.work().toString(),
                "--format", formats, "--out", out.toString()));
        args.addAll(List.of(request).subList(2, request.length));
        Ebpm.Result result = Ebpm.run(args.toArray(String[]::new));
        assertThat(result.exitCode()).as(result.err()).isZero();
    }
}
