package ebpm.jobs.nightly;

import static ebpm.jobs.cli.WorkQueries.query;
import static org.assertj.core.api.Assertions.assertThat;

import ebpm.jobs.cli.Ebpm;
import ebpm.jobs.cli.TestFolders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measure sheets as offices correct them, through {@code ebpm nightly}: a sheet speaks for one fiscal year and for
 * the measures it holds, and files apply in the order they arrived, never by their names. The sample sheet's FY2020
 * figures are 44 of 63 measures met (◎ or ○), 69.8%.
 */
class MeasureCorrectionsTest {

    private static final Path SAMPLE_SHEET = Ebpm.SAMPLE_LANDING.resolve("measures/kanagawa-ict-measures-fy2020.csv");
    private static final String HEADER = "年度,柱,中柱,分野,番号,施策名,所属,成果指標,目標,実績,評価,未達成の理由及び今後の見込み等";
    /** Measure 2 of ア 健康・医療・介護, recorded △ (the number of users could not be counted). */
    private static final String MEASURE_2_NOT_MET = ",未把握,△,";
    private static final String MEASURE_2_MET = ",未把握,○,";
    private static final Instant ORIGINAL_SAVED = Instant.parse("2026-11-20T09:00:00Z");

    @TempDir
    Path temp;

    @Test
    void aRowOfLastYearLeftInANewSheetIsRejectedAndLastYearStaysAsItWas() throws Exception {
        Path work = temp.resolve("work");
        Path landing = TestFolders.landingWith(temp, "measures/fy2020.csv", Files.readAllBytes(SAMPLE_SHEET));
        assertThat(Ebpm.nightly(landing, work).exitCode()).isZero();

        // Next year's sheet, copied from this one: every row now says 2021, except the first, forgotten.
        List<String> lines = sampleLines();
        StringBuilder fy2021 = new StringBuilder(lines.get(0)).append("\r\n").append(lines.get(1)).append("\r\n");
        lines.stream().skip(2).forEach(line -> fy2021.append(line.replaceFirst("^2020,", "2021,")).append("\r\n"));
        Files.writeString(landing.resolve("measures/fy2021.csv"), fy2021, StandardCharsets.UTF_8);
        Ebpm.Result night2 = Ebpm.nightly(landing, work);

        assertThat(night2.exitCode()).as(night2.out() + night2.err()).isZero();
        assertThat(night2.out()).contains("fy2021.csv: INGESTED read 76, written 75, rejected 1 — "
                + "keys: 0 replaced, 75 added, 0 of FY2021 left as they were");
        assertThat(rejectReasons(work)).containsExactly("年度: 2020 is not this sheet's fiscal year 2021 (the year most "
                + "of its rows state); a row of another year belongs in that year's sheet");
        assertThat(achievement(work, 2020)).containsExactly(63.0, 69.8);
        assertThat(achievement(work, 2021)).containsExactly(62.0, 69.4);
    }

    @Test
    void aFileOfCorrectedRowsReplacesOnlyTheMeasuresItHolds() throws Exception {
        Path work = temp.resolve("work");
        Path landing = TestFolders.landingWith(temp, "measures/fy2020.csv", Files.readAllBytes(SAMPLE_SHEET));
        assertThat(Ebpm.nightly(landing, work).exitCode()).isZero();

        // The department sends the two rows it corrected: measure 2 is now met, measure 3 is restated as it was.
        List<String> lines = sampleLines();
        Files.writeString(landing.resolve("measures/fy2020-corrections.csv"), String.join("\r\n", HEADER,
                lines.get(2).replace(MEASURE_2_NOT_MET, MEASURE_2_MET), lines.get(3), ""), StandardCharsets.UTF_8);
        Ebpm.Result night2 = Ebpm.nightly(landing, work);

        assertThat(night2.exitCode()).as(night2.out() + night2.err()).isZero();
        assertThat(night2.out()).contains("fy2020-corrections.csv: INGESTED read 2, written 2, rejected 0 — "
                + "keys: 2 replaced, 0 added, 74 of FY2020 left as they were");
        assertThat(achievement(work, 2020)).containsExactly(63.0, 71.4);
    }

    @Test
    void aCorrectionSavedAfterItsOriginalWinsAlthoughItsNameSortsFirst() throws Exception {
        Path landing = landingWithOriginalAndCorrection(ORIGINAL_SAVED.plusSeconds(600));
        Path work = temp.resolve("work");

        Ebpm.Result night = Ebpm.nightly(landing, work);

        assertThat(night.exitCode()).as(night.out() + night.err()).isZero();
        // "fy2020 (2).csv" sorts before "fy2020.csv" (a space before a dot); it was saved later, so it applies later.
        assertThat(night.out())
                .containsSubsequence("fy2020.csv: INGESTED read 76, written 76, rejected 0 — keys: 0 replaced, 76 added",
                        "fy2020 (2).csv: INGESTED read 76, written 76, rejected 0 — keys: 76 replaced, 0 added, "
                                + "0 of FY2020 left as they were")
                .containsPattern("conflict: 1 key stated differently by fy2020.csv and fy2020 \\(2\\).csv "
                        + "\\(e.g. FY2020 Ⅰ① ア 健康・医療・介護 番号2\\); fy2020 \\(2\\).csv counts \\(the last to arrive, "
                        + "modified 2026-11-20 18:10:00\\)");
        assertThat(achievement(work, 2020)).containsExactly(63.0, 71.4);
    }

    @Test
    void anOriginalSavedAfterTheOtherFileWinsWhateverTheNames() throws Exception {
        Path landing = landingWithOriginalAndCorrection(ORIGINAL_SAVED.minusSeconds(600));
        Path work = temp.resolve("work");

        Ebpm.Result night = Ebpm.nightly(landing, work);

        assertThat(night.exitCode()).as(night.out() + night.err()).isZero();
        assertThat(night.out()).contains("fy2020.csv counts (the last to arrive, modified 2026-11-20 18:00:00)");
        assertThat(achievement(work, 2020)).containsExactly(63.0, 69.8);
    }

    /** The sample sheet as {@code fy2020.csv} and, saved at {@code correctionSaved}, with measure 2 met. */
    private Path landingWithOriginalAndCorrection(Instant correctionSaved) throws IOException {
        Path landing = TestFolders.landingWith(temp, "measures/fy2020.csv", Files.readAllBytes(SAMPLE_SHEET));
        Path original = landing.resolve("measures/fy2020.csv");
        Path correction = landing.resolve("measures/fy2020 (2).csv");
        Files.writeString(correction, Files.readString(original).replace(MEASURE_2_NOT_MET, MEASURE_2_MET));
        Files.setLastModifiedTime(original, FileTime.from(ORIGINAL_SAVED));
        Files.setLastModifiedTime(correction, FileTime.from(correctionSaved));
        return landing;
    }

    /** Measures with an indicator and the achievement rate (%, as the report rounds it) in a fiscal year. */
    private static List<Object> achievement(Path work, int fiscalYear) throws SQLException {
        return query(work, """
                SELECT max(value) FILTER (WHERE indicator_code = 'measures_with_indicator'),
                       round(max(value) FILTER (WHERE indicator_code = 'measure_achievement_rate'), 1)
                FROM indicator_value
                WHERE area_code = '140007' AND breakdown = '全体' AND period_type = 'FY' AND period = '%d'"""
                .formatted(fiscalYear)).get(0);
    }

    private static List<String> sampleLines() throws IOException {
        return Files.readAllLines(SAMPLE_SHEET, StandardCharsets.UTF_8);
    }

    /** The reasons in the rejects files of the measure sheets. */
    private static List<String> rejectReasons(Path work) throws Exception {
        try (Stream<Path> files = Files.list(work.resolve("rejects/measures"))) {
            String glob = work.resolve("rejects/measures").toString() + "/*.csv";
            assertThat(files.count()).isPositive();
            return query(work, "SELECT reason FROM read_csv('" + glob + "', header = true)").stream()
                    .map(row -> (String) row.get(0)).toList();
        }
    }
}
