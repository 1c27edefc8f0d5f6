package ebpm.jobs.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import ebpm.jobs.cli.Ebpm;
import ebpm.jobs.cli.SampleRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The tourism evidence of the nightly run on the sample data: the FY2020 figures of the inspection report come out of
 * the raw GA4 exports, the visitor trend out of the published statistics.
 */
class TourismEvidenceTest {

    private static final String BOM = "\uFEFF";

    static Path work;
    static Path pack;

    @BeforeAll
    static void nightlyOnTheSampleData() {
        work = SampleRun.work();
        Ebpm.Result result = SampleRun.result();
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).containsPattern("ingestTourism-pv +COMPLETED +41064 +41064 +0 ");
        pack = work.resolve("evidence/2026-11-21");
    }

    @Test
    void theFy2020OutcomeIndicatorsOfTheReportComeOutOfTheGa4Exports() throws IOException {
        List<String> lines = Files.readAllLines(pack.resolve("tourism-targets.csv"));

        assertThat(lines.get(0)).isEqualTo(BOM + "年度,成果指標,目標(PV),実績(PV),達成率(%),評価,点検報告書の実績,点検報告書の評価");
        assertThat(lines).contains(
                "2020,(1) 宿泊施設紹介ページPV数（観光かながわNOW）,400000,841586,210.4,◎,\"841,586PV\",",
                "2020,(2) 月平均PV数（外国人観光客向けウェブサイト）,100000,83640,83.6,△,\"83,640PV\",",
                "2020,施策全体,,,,△,,△");
        // Years without a measure sheet have no target, so no evaluation.
        assertThat(lines).anyMatch(line -> line.startsWith("2018,(1) 宿泊施設紹介ページPV数（観光かながわNOW）,,")
                && line.endsWith(",,,,"));
    }

    @Test
    void theVisitorTrendComparesEachYearWithTheOneBeforeOnly() throws IOException {
        assertThat(Files.readString(pack.resolve("visitor-trend.csv"))).isEqualTo(BOM + String.join("\r\n",
                "暦年,延観光客数(千人),前年比(%),状態",
                "2013,184594,,確報",
                "2015,192970,,確報",
                "2016,190270,-1.4,確報",
                "2017,200690,5.5,確報",
                "2018,200260,-0.2,確報",
                "2019,204670,2.2,確報",
                "2020,108490,-47.0,確報",
                "2021,117250,8.1,確報", ""));
    }

    @Test
    void fromAndToSelectYearsButTheFirstStillComparesWithTheYearBefore() throws IOException {
        Path out = work.resolve("requests");
        Ebpm.Result result = Ebpm.run("evidence", "visitor-trend", "--from", "2016", "--to", "2017", "--format", "csv",
                "--work", work.toString(), "--out", out.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(Files.readAllLines(out.resolve("visitor-trend_2016_2017.csv")))
                .containsExactly(BOM + "暦年,延観光客数(千人),前年比(%),状態", "2016,190270,-1.4,確報",
                        "2017,200690,5.5,確報");
    }

    @Test
    void monthlyPageViewsHaveARowPerSectionAndATotalPerSiteAndMonth() throws IOException {
        List<String> lines = Files.readAllLines(pack.resolve("tourism-pageviews_FY2022.csv"));

        // 12 months × (観光かながわNOW: 7 sections + 合計, inbound: 5 sections + 合計)
        assertThat(lines).hasSize(1 + 12 * (8 + 6));
        assertThat(lines.get(0)).isEqualTo(BOM + "年度,年月,サイト,セクション,表示回数,前年同月表示回数,前年同月比(%)");
        assertThat(lines).filteredOn(line -> line.contains(",合計,")).hasSize(24)
                .allMatch(line -> line.matches("2022,20(22|23)-\\d\\d,[^,]+,合計,\\d+,\\d+,-?\\d+\\.\\d"));
    }

    @Test
    void theFirstYearHasNoYearOverYear() throws IOException {
        Path out = work.resolve("requests");
        Ebpm.run("evidence", "tourism-pageviews", "--fy", "2016", "--format", "csv", "--work", work.toString(),
                "--out", out.toString());

        List<String> rows = Files.readAllLines(out.resolve("tourism-pageviews_FY2016.csv"));
        assertThat(rows.subList(1, rows.size())).hasSize(12 * 14).allMatch(line -> line.endsWith(",,"));
    }

    @Test
    void thePackShowsTheMovingAverageAndTopPagesWithTheirSources() throws IOException {
        List<String> trend = Files.readAllLines(pack.resolve("tourism-pageviews-trend_FY2022.csv"));
        assertThat(trend).hasSize(1 + 2 * 12).allMatch(line -> !line.endsWith(","));
        List<String> top = Files.readAllLines(pack.resolve("tourism-top-pages_FY2022.csv"));
        // The sample has 8 pages a site, fewer than the ten a site the table lists.
        assertThat(top).hasSize(1 + 2 * 8);
        assertThat(top.get(1)).startsWith("2022,外国人観光客向けウェブサイト,1,");

        String html = Files.readString(pack.resolve("tourism-targets.html"));
        assertThat(html).contains("kanagawa-now_ga4-pages-2020-04.csv", "inbound_ga4-pages-2021-03.csv",
                "kanagawa-ict-measures-fy2020.csv", "ind_tourism_accommodation_pageviews");
        assertThat(Files.readString(pack.resolve("index.html"))).contains("tourism-pageviews-trend_FY2022.html",
                "visitor-trend.html", "tourism-top-pages_FY2022.html");
    }
}
