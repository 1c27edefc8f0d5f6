package ebpm.jobs.nightly;

import static ebpm.jobs.cli.WorkQueries.query;
import static org.assertj.core.api.Assertions.assertThat;

import ebpm.jobs.cli.Ebpm;
import ebpm.jobs.cli.TestFolders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules that are data live in the project's seeds and are joined by the models at every run: changing a seed in an
 * office's project folder changes the figures of files ingested long before, on the next night, without reading
 * any landing file again.
 */
class SeedChangesTest {

    private static final String GA4_HEADER = "日付,ページ パスとスクリーン クラス,ページ タイトルとスクリーン クラス,表示回数";
    private static final String HEALTH_HEADER =
            "年度,市町村コード,市町村名,事業名,事業区分,対象者数,参加者数,修了者数,評価指標,単位,事業前値,事業後値,県評価支援";

    @TempDir
    Path temp;

    @Test
    void aNewSectionPrefixReSectionsPagesIngestedMonthsEarlier() throws Exception {
        Path landing = TestFolders.landingWith(temp, "tourism-pv/kanagawa-now/2020-04.csv", lines(GA4_HEADER,
                "20200401,/stay/a/,宿,10", "20200401,/onsen/hakone/,箱根の湯,7", "20200402,/onsen/yugawara/,湯河原,5"));
        Path work = temp.resolve("work");
        assertThat(Ebpm.nightly(landing, work).exitCode()).isZero();
        assertThat(sectionViews(work)).containsExactly(List.of("kanagawa-now:その他", 12.0),
                List.of("kanagawa-now:合計", 22.0), List.of("kanagawa-now:宿泊施設紹介", 10.0));

        Path project = projectWith("seeds/tourism_sections.csv",
                builtInSeed("tourism_sections.csv") + "kanagawa-now,/onsen/,温泉\n");
        Ebpm.Result second = nightly(landing, work, project);

        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).contains("2020-04.csv: SKIPPED");
        assertThat(sectionViews(work)).containsExactly(List.of("kanagawa-now:合計", 22.0),
                List.of("kanagawa-now:宿泊施設紹介", 10.0), List.of("kanagawa-now:温泉", 12.0));
    }

    @Test
    void anOutcomeIndicatorLandsWithANoteAndItsImprovementAppearsOnceTheSeedNamesItsDirection() throws Exception {
        Path landing = TestFolders.landingWith(temp, "health/yokohama.csv", lines(HEALTH_HEADER,
                "2019,141003,横浜市,ウォーキング教室,健康づくり,1000,200,150,歩数,歩,6000,6600,無",
                "2020,141003,横浜市,ウォーキング教室,健康づくり,1000,250,200,歩数,歩,6100,6405,有"));
        Path work = temp.resolve("work");

        Ebpm.Result first = Ebpm.nightly(landing, work);

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("yokohama.csv: INGESTED read 2, written 2, rejected 0 — 評価指標 '歩数' "
                + "(2 row(s)) is not in seeds/outcome_indicators.csv");
        assertThat(values(work, "health_participation_rate")).containsExactly(
                List.of("2019", 20.0), List.of("2020", 25.0));
        assertThat(values(work, "health_outcome_improvement_rate")).isEmpty();

        Path project = projectWith("seeds/outcome_indicators.csv",
                builtInSeed("outcome_indicators.csv") + "歩数,higher,歩,0\n");
        assertThat(nightly(landing, work, project).exitCode()).isZero();

        assertThat(values(work, "health_outcome_improvement_rate")).containsExactly(
                List.of("2019", 10.0), List.of("2020", 5.0));
    }

    private static Ebpm.Result nightly(Path landing, Path work, Path project) {
        return Ebpm.run("nightly", "--landing", landing.toString(), "--work", work.toString(), "--as-of",
                "2026-11-21", "--project", project.toString());
    }

    /** An office project that overrides one file of the built-in project and takes the rest as it is. */
    private Path projectWith(String path, String content) throws IOException {
        Path project = temp.resolve("project");
        Files.createDirectories(project.resolve(path).getParent());
        Files.writeString(project.resolve("ebpm_project.yml"), "# the office's project: built-in settings\n");
        Files.writeString(project.resolve(path), content);
        return project;
    }

    private static String builtInSeed(String name) throws IOException {
        try (var in = SeedChangesTest.class.getClassLoader().getResourceAsStream("ebpm/project/seeds/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<List<Object>> sectionViews(Path work) throws Exception {
        return query(work, "SELECT breakdown, value FROM indicator_value WHERE indicator_code = 'tourism_pageviews' "
                + "AND period = '2020-04' ORDER BY breakdown");
    }

    private static List<List<Object>> values(Path work, String indicator) throws Exception {
        return query(work, "SELECT period, round(value, 6) FROM indicator_value WHERE indicator_code = '"
                + indicator + "' AND area_code = '141003' ORDER BY period");
    }

    private static byte[] lines(String... lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
