package ebpm.jobs.nightly;

import static ebpm.jobs.cli.WorkQueries.query;
import static org.assertj.core.api.Assertions.assertThat;

import ebpm.jobs.cli.Ebpm;
import ebpm.jobs.cli.TestFolders;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A landing file's name never stops a night: the lake's names stay within what file systems allow. */
class OddFileNamesTest {

    private static final List<Path> SAMPLE_HEALTH = List.of("141003", "141305", "141500").stream()
            .map(code -> Ebpm.SAMPLE_LANDING.resolve("health/health-evaluations_" + code + ".csv")).toList();

    @TempDir
    Path temp;

    @Test
    void aFileNamedWithEightyJapaneseCharactersLands() throws Exception {
        String name = "保健事業評価".repeat(13) + "横浜.csv"; // 80 characters before .csv: 240 bytes in UTF-8
        Path landing = TestFolders.landingWith(temp, "health/" + name, (
                "年度,市町村コード,市町村名,事業名,事業区分,対象者数,参加者数,修了者数,評価指標,単位,事業前値,事業後値,県評価支援\n"
                        + "2020,141003,横浜市,特定保健指導,生活習慣病予防,1000,300,250,腹囲,cm,92.0,90.5,有\n")
                .getBytes(StandardCharsets.UTF_8));
        Path work = temp.resolve("work");

        Ebpm.Result night = Ebpm.nightly(landing, work);

        assertThat(night.exitCode()).as(night.err()).isZero();
        assertThat(query(work, "SELECT status, rows_written FROM ingest_manifest"))
                .containsExactly(List.of("INGESTED", 1L));
    }

    @Test
    void namesWithANewlineOrALeadingDashOrEqualsSignLandAndEachStaysOneLineOfTheSummary() throws Exception {
        Path landing = temp.resolve("landing");
        Path health = Files.createDirectories(landing.resolve("health"));
        List<String> names = List.of("-rf 横浜.csv", "=HYPERLINK(\"x\").csv", "line1\nline2.csv");
        for (int i = 0; i < names.size(); i++) {
            Files.copy(SAMPLE_HEALTH.get(i), health.resolve(names.get(i)));
        }
        Path work = temp.resolve("work");

        Ebpm.Result night = Ebpm.nightly(landing, work);

        assertThat(night.exitCode()).as(night.err()).isZero();
        assertThat(query(work, "SELECT file_name, status FROM ingest_manifest ORDER BY file_name")).containsExactly(
                List.of("-rf 横浜.csv", "INGESTED"), List.of("=HYPERLINK(\"x\").csv", "INGESTED"),
                List.of("line1\nline2.csv", "INGESTED"));
        assertThat(night.out()).contains("health line1\\nline2.csv: INGESTED read 21")
                .contains("health -rf 横浜.csv: INGESTED").contains("health =HYPERLINK(\"x\").csv: INGESTED");
        assertThat(night.out().lines()).noneMatch(line -> line.startsWith("line2.csv"));
    }

    @Test
    void anAsOfAfterTomorrowIsRefused() {
        Ebpm.Result night = Ebpm.run("nightly", "--landing", temp.toString(), "--work", temp.resolve("w").toString(),
                "--as-of", "2099-01-01");

        assertThat(night.exitCode()).isEqualTo(2);
        assertThat(night.err()).contains("--as-of 2099-01-01 is after tomorrow");
    }
}
