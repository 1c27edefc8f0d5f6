package ebpm.jobs.cli;

import static ebpm.jobs.cli.WorkQueries.query;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ebpm withdraw}: landed rows taken out of the figures from the next night on, by key or by whole file, kept
 * in the lake, recorded in the history, listed, and put back with {@code --undo} — as an operator runs it.
 */
class WithdrawCommandTest {

    private static final String HEADER = "年度,市町村コード,市町村名,事業名,事業区分,対象者数,参加者数,修了者数,評価指標,単位,"
            + "事業前値,事業後値,県評価支援";
    private static final String GUIDANCE = "2020,141003,横浜市,特定保健指導,生活習慣病予防,40000,6000,5000,腹囲,cm,92.0,90.5,無";
    private static final String GUIDANCE_RENAMED =
            "2020,141003,横浜市,特定保健指導事業,生活習慣病予防,40000,6400,5000,腹囲,cm,92.0,90.5,無";
    private static final String GUIDANCE_CORRECTED =
            "2020,141003,横浜市,特定保健指導,生活習慣病予防,40000,6400,5000,腹囲,cm,92.0,90.5,無";
    private static final String KIDNEY = "2020,141003,横浜市,糖尿病性腎症重症化予防,重症化予防,5000,1500,1200,HbA1c,%,7.40,7.20,有";
    private static final String FIGURES = """
            SELECT indicator_code, area_code, breakdown, period_type, period, value, target
            FROM indicator_value ORDER BY ALL""";

    @TempDir
    Path temp;

    @Test
    void aProjectRenamedInAResubmissionIsWithdrawnByKeyAndTheFiguresEqualANightWithoutTheOldRow() throws Exception {
        Path landing = TestFolders.landingWith(temp, "health/yokohama-fy2020.csv", csv(GUIDANCE, KIDNEY));
        Path work = temp.resolve("work");
        night(landing, work);
        // Yokohama re-submits the year with the project renamed: the old name stays counted beside the new one.
        Files.write(landing.resolve("health/yokohama-fy2020-resubmitted.csv"), csv(GUIDANCE_RENAMED, KIDNEY));
        night(landing, work);
        assertThat(query(work, projectsEvaluated("140007"))).as("counted twice").containsExactly(List.of(3.0));

        Ebpm.Result withdrawn = withdraw(work, "health", "--key", "2020,141003,特定保健指導",
                "--reason", "再提出で事業名を特定保健指導事業に変更");

        assertThat(withdrawn.exitCode()).as(withdrawn.err()).isZero();
        assertThat(withdrawn.out()).contains("withdrawn: #1 health 2020 × 141003 × 特定保健指導 (1 row of "
                + "yokohama-fy2020.csv): 再提出で事業名を特定保健指導事業に変更 (" + System.getProperty("user.name"),
                "undo with: ebpm withdraw --undo 1 --reason TEXT");
        assertThat(query(work, projectsEvaluated("140007"))).as("nothing changes before the next night")
                .containsExactly(List.of(3.0));

        Ebpm.Result third = night(landing, work);

        assertThat(third.out()).contains("withdrawal #1 applied: health 2020 × 141003 × 特定保健指導 "
                + "(1 row of yokohama-fy2020.csv) left out");
        assertThat(query(work, FIGURES)).isEqualTo(figuresOfOneNight(csv(GUIDANCE_RENAMED, KIDNEY)));
        assertThat(query(work, """
                SELECT value, withdrawn, run_id FROM indicator_value_history
                WHERE indicator_code = 'health_participation_rate' AND area_code = '141003'
                  AND breakdown = '特定保健指導' AND period = '2020' ORDER BY recorded_at"""))
                .as("the old project's published rate, then its withdrawal").containsExactly(
                        List.of(15.0, false, "2026-11-21#1"), Arrays.asList(null, true, "2026-11-21#3"));
        assertThat(query(work, """
                SELECT value, run_id FROM indicator_value_history WHERE indicator_code = 'health_evaluated_projects'
                  AND area_code = '140007' AND period = '2020' ORDER BY recorded_at""")).containsExactly(
                List.of(2.0, "2026-11-21#1"), List.of(3.0, "2026-11-21#2"), List.of(2.0, "2026-11-21#3"));
        assertThat(query(work, "SELECT count(*) FROM read_parquet('" + work
                + "/lake/health_evaluations/**/*.parquet')")).as("the lake keeps every row").containsExactly(List.of(4L));
        assertThat(Ebpm.run("status", "--work", work.toString()).out()).contains("withdrawals in force",
                "#1 health 2020 × 141003 × 特定保健指導 (1 row of yokohama-fy2020.csv)");
    }

    @Test
    void aCorrectionWithdrawnWholeGivesBackTheEarlierFiguresAndUndoingItTheCorrectedOnes() throws Exception {
        Path landing = TestFolders.landingWith(temp, "health/yokohama-fy2020.csv", csv(GUIDANCE, KIDNEY));
        Path work = temp.resolve("work");
        night(landing, work);
        List<List<Object>> beforeTheCorrection = query(work, FIGURES);
        Files.write(landing.resolve("health/yokohama-fy2020-corrected.csv"), csv(GUIDANCE_CORRECTED));
        night(landing, work);
        List<List<Object>> corrected = query(work, FIGURES);
        assertThat(corrected).isNotEqualTo(beforeTheCorrection);

        Ebpm.Result withdrawn = withdraw(work, "health", "--file", "yokohama-fy2020-corrected.csv",
                "--reason", "訂正は誤送付");
        Ebpm.Result twice = withdraw(work, "health", "--file", "health/yokohama-fy2020-corrected.csv",
                "--reason", "訂正は誤送付");
        night(landing, work);

        assertThat(withdrawn.exitCode()).as(withdrawn.err()).isZero();
        assertThat(withdrawn.out()).contains("withdrawn: #1 health file yokohama-fy2020-corrected.csv (1 row)");
        assertThat(twice.exitCode()).isZero();
        assertThat(twice.out()).contains("already withdrawn, nothing changed: #1 health file "
                + "yokohama-fy2020-corrected.csv");
        assertThat(query(work, FIGURES)).as("the earlier row counts again").isEqualTo(beforeTheCorrection);

        Ebpm.Result undone = Ebpm.run("withdraw", "--undo", "1", "--reason", "訂正は正しかった", "--work",
                work.toString());
        Ebpm.Result list = Ebpm.run("withdraw", "--list", "--work", work.toString());
        Ebpm.Result fourth = night(landing, work);

        assertThat(undone.exitCode()).as(undone.err()).isZero();
        assertThat(undone.out()).contains("undone: #1 health file yokohama-fy2020-corrected.csv (1 row): 訂正は誤送付",
                "; undone by " + System.getProperty("user.name"), ": 訂正は正しかった");
        assertThat(list.out()).contains("undone (their rows count again):", "#1 health file")
                .doesNotContain("in force");
        assertThat(fourth.out()).doesNotContain("withdrawal #1 applied");
        assertThat(query(work, FIGURES)).isEqualTo(corrected);
        assertThat(query(work, "SELECT source, file_name, row_key, rows_withdrawn, reason, undo_reason "
                + "FROM withdrawal")).containsExactly(Arrays.asList("health", "yokohama-fy2020-corrected.csv", null,
                1L, "訂正は誤送付", "訂正は正しかった"));
    }

    @Test
    void whatCannotBeWithdrawnIsRefusedNamingWhatThereIs() throws Exception {
        Path landing = TestFolders.landingWith(temp, "health/yokohama-fy2020.csv", csv(GUIDANCE, KIDNEY));
        Path work = temp.resolve("work");
        night(landing, work);

        assertRefused(withdraw(work, "helth", "--file", "yokohama-fy2020.csv", "--reason", "x"),
                "unknown source 'helth'; the sources are measures, observations, health, tourism-pv");
        assertRefused(withdraw(work, "health", "--file", "yokohama.csv", "--reason", "x"),
                "health has no landed file 'yokohama.csv'; its landed files are: health/yokohama-fy2020.csv");
        assertRefused(withdraw(work, "health", "--file", "yokohama-fy2020.csv"), "give --reason TEXT");
        assertRefused(withdraw(work, "health", "--reason", "x"), "give either --file NAME (a whole landed file) or "
                + "--key KEY (the rows of one key); a health key is 年度,市町村コード,事業名, e.g. --key "
                + "2020,141003,特定保健指導");
        assertRefused(withdraw(work, "health", "--key", "2020,141003", "--reason", "x"),
                "a health key is 年度,市町村コード,事業名, e.g. --key 2020,141003,特定保健指導; '2020,141003' has 2 values");
        assertRefused(withdraw(work, "health", "--key", "令和2年度,141003,特定保健指導事業", "--reason", "x"),
                "no landed health row has the key 2020 × 141003 × 特定保健指導事業; 事業名 landed for 2020 × 141003: "
                        + "特定保健指導, 糖尿病性腎症重症化予防");
        assertRefused(withdraw(work, "tourism-pv", "--key", "x", "--reason", "x"),
                "tourism-pv is withdrawn by whole file only (--file NAME); by key: health (年度,市町村コード,事業名)");
        assertRefused(Ebpm.run("withdraw", "--undo", "7", "--reason", "x", "--work", work.toString()),
                "there is no withdrawal #7; none was made yet");
        assertThat(query(work, "SELECT count(*) FROM withdrawal")).containsExactly(List.of(0L));
    }

    private static void assertRefused(Ebpm.Result result, String message) {
        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(2);
        assertThat(result.err()).contains(message);
    }

    private List<List<Object>> figuresOfOneNight(byte[] healthFile) throws IOException, SQLException {
        Path work = Files.createTempDirectory(temp, "work");
        night(TestFolders.landingWith(temp, "health/h.csv", healthFile), work);
        return query(work, FIGURES);
    }

    private static Ebpm.Result night(Path landing, Path work) {
        Ebpm.Result night = Ebpm.nightly(landing, work);
        assertThat(night.exitCode()).as(night.out() + night.err()).isZero();
        return night;
    }

    private static Ebpm.Result withdraw(Path work, String... args) {
        String[] all = Arrays.copyOf(new String[] {"withdraw"}, 1 + args.length + 2);
        System.arraycopy(args, 0, all, 1, args.length);
        all[all.length - 2] = "--work";
        all[all.length - 1] = work.toString();
        return Ebpm.run(all);
    }

    private static String projectsEvaluated(String area) {
        return "SELECT value FROM indicator_value WHERE indicator_code = 'health_evaluated_projects' AND area_code = '"
                + area + "' AND period = '2020'";
    }

    private static byte[] csv(String... rows) {
        return (HEADER + "\r\n" + String.join("\r\n", rows) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }
}
