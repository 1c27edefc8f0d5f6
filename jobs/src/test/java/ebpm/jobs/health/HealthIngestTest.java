package ebpm.jobs.health;

import static ebpm.jobs.cli.WorkQueries.query;
import static org.assertj.core.api.Assertions.assertThat;

import ebpm.jobs.cli.Ebpm;
import ebpm.jobs.cli.TestFolders;
import ebpm.jobs.landing.TabularFile;
import ebpm.jobs.landing.TabularFiles;
import ebpm.jobs.landing.TabularOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The health ingest step in nightly runs, on files as municipalities send them. */
class HealthIngestTest {

    private static final String HEADER = String.join(",", HealthEvaluationSource.COLUMNS);
    private static final Path SAMPLE_FILE = Ebpm.SAMPLE_LANDING.resolve("health/health-evaluations_141003.csv");
    private static final String LAKE_ROWS = """
            SELECT * EXCLUDE (source_file, source_checksum, source_line, ingested_at, source_modified_at)
            FROM read_parquet('%s/lake/health_evaluations/**/*.parquet', hive_partitioning = true) ORDER BY ALL""";
    private static final String YOKOHAMA_GUIDANCE_RATE = """
            SELECT value FROM indicator_value WHERE indicator_code = 'health_participation_rate'
              AND area_code = '141003' AND breakdown = '特定保健指導' AND period = '2020'""";

    @TempDir
    Path temp;

    @Test
    void aCp932FileAndAnExcelWorkbookLandExactlyAsTheUtf8File() throws Exception {
        List<List<Object>> expected = lakeRowsAfterIngesting("yokohama.csv", Files.readAllBytes(SAMPLE_FILE));
        String text = Files.readString(SAMPLE_FILE, StandardCharsets.UTF_8);

        assertThat(expected).hasSize(21);
        assertThat(lakeRowsAfterIngesting("yokohama.csv", text.getBytes(Charset.forName("windows-31j"))))
                .isEqualTo(expected);
        assertThat(lakeRowsAfterIngesting("yokohama.xlsx", asWorkbook(SAMPLE_FILE))).isEqualTo(expected);
    }

    @Test
    void badRowsGoToTheRejectsWithTheirReasonAndTheCountsAddUp() throws Exception {
        Path landing = landingWith("health/mixed.csv", csv(
                "令和2年度,141003,横浜市,特定保健指導,生活習慣病予防,1000,300,250,腹囲,cm,92.0,90.5,有",
                "R2,141004,横浜市,特定保健指導,生活習慣病予防,1000,300,250,腹囲,cm,92.0,90.5,有",
                "2020,131016,千代田区,特定保健指導,生活習慣病予防,1000,300,250,腹囲,cm,92.0,90.5,無",
                "2020,141305,横浜市,特定保健指導,生活習慣病予防,1000,300,250,腹囲,cm,92.0,90.5,無",
                "H31,142018,横須賀市,糖尿病性腎症重症化予防,重症化予防,100,120,90,HbA1c,%,7.4,7.2,無",
                "平成31年度,142018,横須賀市,特定保健指導,生活習慣病予防,800,200,150,腹囲,cm,91.0,90.0,無"));
        Path work = temp.resolve("work");

        Ebpm.Result result = Ebpm.nightly(landing, work);

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).containsPattern("ingestHealth +COMPLETED +6 +2 +4 ")
                .contains("mixed.csv: INGESTED read 6, written 2, rejected 4");
        assertThat(rejects(onlyFile(work.resolve("rejects/health")))).containsExactly(
                List.of("mixed.csv", "3", "市町村コード: '141004' has a wrong check digit (for 14100 it is 3); "
                        + "check the code for a typing error"),
                List.of("mixed.csv", "4", "市町村コード: '131016' is a code of prefecture 13, not of 神奈川県 (14)"),
                List.of("mixed.csv", "5", "市町村名: '横浜市' is not the name of 141305 (川崎市)"),
                List.of("mixed.csv", "6", "参加者数: 120 exceeds 対象者数 100"));
        assertThat(query(work, "SELECT fiscal_year, municipality_code, project_name FROM read_parquet('" + work
                + "/lake/health_evaluations/**/*.parquet', hive_partitioning = true) ORDER BY ALL"))
                .containsExactly(List.of(2019L, "142018", "特定保健指導"), List.of(2020L, "141003", "特定保健指導"));
        assertThat(query(work, "SELECT rows_read, rows_written, rows_rejected FROM ingest_manifest"))
                .containsExactly(List.of(6L, 2L, 4L));
    }

    @Test
    void theSameFileTwiceChangesNothing() throws Exception {
        Path landing = landingWith("health/yokohama.csv", Files.readAllBytes(SAMPLE_FILE));
        Path work = temp.resolve("work");
        Ebpm.nightly(landing, work);
        List<List<Object>> lakeBefore = query(work, LAKE_ROWS.formatted(work));
        List<List<Object>> valuesBefore = query(work, "SELECT * FROM indicator_value ORDER BY ALL");
        Files.copy(SAMPLE_FILE, landing.resolve("health/yokohama-sent-again.csv"));

        Ebpm.Result second = Ebpm.nightly(landing, work);

        assertThat(second.out()).contains("yokohama.csv: SKIPPED", "yokohama-sent-again.csv: SKIPPED",
                "health_participation_rate: 42 values, 0 new or changed");
        assertThat(query(work, LAKE_ROWS.formatted(work))).isEqualTo(lakeBefore);
        assertThat(query(work, "SELECT * FROM indicator_value ORDER BY ALL")).isEqualTo(valuesBefore);
    }

    @Test
    void aCorrectedResubmissionReplacesTheRowAndTheOldValueStaysInTheHistory() throws Exception {
        Path landing = landingWith("health/yokohama-fy2020.csv", csv(
                "2020,141003,横浜市,特定保健指導,生活習慣病予防,40000,6000,5000,腹囲,cm,92.0,90.5,無",
                "2020,141003,横浜市,糖尿病性腎症重症化予防,重症化予防,5000,1500,1200,HbA1c,%,7.40,7.20,有"));
        Path work = temp.resolve("work");
        Ebpm.nightly(landing, work);
        assertThat(query(work, YOKOHAMA_GUIDANCE_RATE)).containsExactly(List.of(15.0));

        // Yokohama finds it counted 6000 participants where 6400 took part, and sends the row again.
        Files.writeString(landing.resolve("health/yokohama-fy2020-corrected.csv"), csv(
                "2020,141003,横浜市,特定保健指導,生活習慣病予防,40000,6400,5000,腹囲,cm,92.0,90.5,無"));
        Ebpm.Result second = Ebpm.nightly(landing, work);

        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(query(work, YOKOHAMA_GUIDANCE_RATE)).containsExactly(List.of(16.0));
        assertThat(query(work, """
                SELECT value, run_id FROM indicator_value_history WHERE indicator_code = 'health_participation_rate'
                  AND area_code = '141003' AND breakdown = '特定保健指導' AND period = '2020' ORDER BY recorded_at"""))
                .containsExactly(List.of(15.0, "2026-11-21#1"), List.of(16.0, "2026-11-21#2"));
        assertThat(query(work, "SELECT count(*) FROM read_parquet('" + work
                + "/lake/health_evaluations/**/*.parquet')")).as("both versions stay in the lake")
                .containsExactly(List.of(3L));
        assertThat(query(work, """
                SELECT value FROM indicator_value WHERE indicator_code = 'health_participation_rate'
                  AND area_code = '141003' AND breakdown = '糖尿病性腎症重症化予防' AND period = '2020'"""))
                .as("the row not sent again keeps its value").containsExactly(List.of(30.0));
    }

    private List<List<Object>> lakeRowsAfterIngesting(String fileName, byte[] content) throws Exception {
        Path landing = landingWith("health/" + fileName, content);
        Path work = Files.createTempDirectory(temp, "work");
        Ebpm.Result result = Ebpm.nightly(landing, work);
        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        assertThat(result.out()).contains(fileName + ": INGESTED read 21, written 21, rejected 0");
        return query(work, LAKE_ROWS.formatted(work));
    }

    private static String csv(String... rows) {
        return HEADER + "\r\n" + String.join("\r\n", rows) + "\r\n";
    }

    private Path landingWith(String relative, String content) throws IOException {
        return landingWith(relative, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path landingWith(String relative, byte[] content) throws IOException {
        return TestFolders.landingWith(temp, relative, content);
    }

    /** A CSV as an Excel workbook: counts and values as numeric cells, the rest as text, as an office saves it. */
    private static byte[] asWorkbook(Path csv) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (TabularFile table = TabularFiles.open(csv, TabularOptions.defaults())) {
            rows.add(table.header());
            for (var row = table.next(); row != null; row = table.next()) {
                rows.add(row.cells());
            }
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("保健事業評価");
            for (int r = 0; r < rows.size(); r++) {
                var excelRow = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    String text = rows.get(r).get(c);
                    boolean number = r > 0 && text.matches("\\d+(\\.\\d+)?");
                    if (number) {
                        excelRow.createCell(c).setCellValue(Double.parseDouble(text));
                    } else if (!text.isEmpty()) {
                        excelRow.createCell(c).setCellValue(text);
                    }
                }
            }
            workbook.write((OutputStream) bytes);
            return bytes.toByteArray();
        }
    }

    /** File, line and reason of each reject. */
    private static List<List<String>> rejects(Path rejectsFile) throws IOException {
        try (TabularFile table = TabularFiles.open(rejectsFile, TabularOptions.defaults())) {
            assertThat(table.header()).containsExactly("source_file", "line", "reason", "row");
            return table.rows().map(row -> row.cells().subList(0, 3)).toList();
        }
    }

    private static Path onlyFile(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.filter(file -> !file.getFileName().toString().startsWith(".")).findFirst().orElseThrow();
        }
    }
}
