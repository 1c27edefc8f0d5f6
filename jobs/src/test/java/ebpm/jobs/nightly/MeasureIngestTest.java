package ebpm.jobs.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import ebpm.jobs.cli.Ebpm;
import ebpm.jobs.cli.TestFolders;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import static ebpm.jobs.cli.WorkQueries.query;
import org.junit.jupiter.api.io.TempDir;

/** The measure ingest step on sheets as offices send them: other encodings, Excel, bad rows. */
class MeasureIngestTest {

    private static final Path SAMPLE_SHEET = Ebpm.SAMPLE_LANDING.resolve("measures/kanagawa-ict-measures-fy2020.csv");
    private static final String LAKE_ROWS = """
            SELECT * EXCLUDE (source_file, source_checksum, source_line, ingested_at, source_modified_at)
            FROM read_parquet('%s/lake/measures/**/*.parquet', hive_partitioning = true) ORDER BY ALL""";

    @TempDir
    Path temp;

    @Test
    void theSheetInCp932Utf8WithBomOrExcelLandsExactlyAsTheUtf8Sheet() throws Exception {
        List<List<Object>> expected = lakeRowsAfterIngesting("sheet.csv", Files.readAllBytes(SAMPLE_SHEET));
        String text = Files.readString(SAMPLE_SHEET, StandardCharsets.UTF_8);

        // CP932 has no U+2014 EM DASH: Windows writes its dash, which Java reads back as U+2015 HORIZONTAL BAR.
        String cp932Text = text.replace('\u2014', '\u2015');
        assertThat(lakeRowsAfterIngesting("sheet.csv", cp932Text.getBytes(Charset.forName("windows-31j"))))
                .containsExactlyInAnyOrderElementsOf(withHorizontalBars(expected));
        assertThat(lakeRowsAfterIngesting("sheet.csv", ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(expected);
        assertThat(lakeRowsAfterIngesting("sheet.xlsx", asWorkbook(SAMPLE_SHEET))).isEqualTo(expected);
        assertThat(expected).hasSize(80);
    }

    @Test
    void badRowsGoToTheRejectsWithTheirReasonAndTheGoodRowsStillLand() throws Exception {
        String header = "年度,柱,中柱,分野,番号,施策名,所属,成果指標,目標,実績,評価,未達成の理由及び今後の見込み等";
        String sheet = String.join("\r\n", header,
                "2021,柱Ⅰ くらし,① 県民サービス,ア 観光,1,良い施策,観光課,PV数,100PV,120PV,◎,",
                "2021,柱Ⅰ くらし,① 県民サービス,ア 観光,2,記号が違う施策,観光課,PV数,100PV,80PV,×,",
                "2021,柱Ⅰ くらし,① 県民サービス,ア 観光,1,重複した施策,観光課,PV数,100PV,120PV,○,",
                "2021,柱Ⅰ くらし,① 県民サービス,,3,分野のない施策,観光課,PV数,100PV,120PV,○,",
                "2021,柱Ⅰ くらし,① 県民サービス,ア 観光,4,未達成の施策,観光課,PV数,100PV,80PV,△,コロナ禍",
                "=cmd|' /C calc'!A0,柱Ⅰ くらし,① 県民サービス,ア 観光,5,数式,観光課,PV数,100PV,80PV,△,", "");
        Path landing = landingWith("measures/fy2021.csv", sheet.getBytes(StandardCharsets.UTF_8));
        Path work = temp.resolve("work");

        Ebpm.Result result = Ebpm.nightly(landing, work);

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).containsPattern("ingestMeasures +COMPLETED +6 +2 +4 ")
                .contains("fy2021.csv: INGESTED read 6, written 2, rejected 4");
        List<String> rejects = Files.readAllLines(onlyFile(work.resolve("rejects/measures")));
        assertThat(rejects).containsExactly(
                "\uFEFFsource_file,line,reason,row",
                "fy2021.csv,3,評価: unknown symbol '×' (expected ◎ ○ △ — or blank),"
                        + "\"2021,柱Ⅰ くらし,① 県民サービス,ア 観光,2,記号が違う施策,観光課,PV数,100PV,80PV,×,\"",
                "fy2021.csv,4,\"duplicate measure: 年度 2021, 柱Ⅰ くらし ① 県民サービス ア 観光 番号 1 is already on line 2\","
                        + "\"2021,柱Ⅰ くらし,① 県民サービス,ア 観光,1,重複した施策,観光課,PV数,100PV,120PV,○,\"",
                "fy2021.csv,5,分野: is empty,"
                        + "\"2021,柱Ⅰ くらし,① 県民サービス,,3,分野のない施策,観光課,PV数,100PV,120PV,○,\"",
                "fy2021.csv,7,年度: '=cmd|' /C calc'!A0' is not a fiscal year (write 2020 or 令和2年度),"
                        + "\"'=cmd|' /C calc'!A0,柱Ⅰ くらし,① 県民サービス,ア 観光,5,数式,観光課,PV数,100PV,80PV,△,\"");
        assertThat(query(work, "SELECT measure_name FROM read_parquet('" + work
                + "/lake/measures/**/*.parquet') ORDER BY measure_no"))
                .containsExactly(List.of("良い施策"), List.of("未達成の施策"));
        assertThat(query(work, "SELECT rows_read, rows_written, rows_rejected FROM ingest_manifest"))
                .containsExactly(List.of(6L, 2L, 4L));
    }

    @Test
    void aFileThatIsNeitherUtf8NorCp932IsRejectedWholeWithAReasonAndTheRunGoesOn() throws Exception {
        Path landing = landingWith("measures/latin1.csv",
                "年度,柱\r\n2020,caf\u00e9\r\n".getBytes(StandardCharsets.ISO_8859_1));
        Path work = temp.resolve("work");

        Ebpm.Result result = Ebpm.nightly(landing, work);

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("latin1.csv: REJECTED read 0, written 0, rejected 0 — latin1.csv: not UTF-8 or CP932");
        assertThat(query(work, "SELECT status FROM ingest_manifest")).containsExactly(List.of("REJECTED"));
    }

    private List<List<Object>> lakeRowsAfterIngesting(String fileName, byte[] content) throws Exception {
        Path landing = landingWith("measures/" + fileName, content);
        Path work = Files.createTempDirectory(temp, "work");
        Ebpm.Result result = Ebpm.nightly(landing, work);
        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        return query(work, LAKE_ROWS.formatted(work));
    }

    /** The evaluation symbol is normalised to — by the ingest; texts keep the dash as published. */
    private static List<List<Object>> withHorizontalBars(List<List<Object>> rows) {
        int evaluation = 17;
        return rows.stream().map(row -> {
            List<Object> copy = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                Object value = row.get(i);
                copy.add(value instanceof String text && i != evaluation ? text.replace('\u2014', '\u2015') : value);
            }
            return copy;
        }).toList();
    }

    private Path landingWith(String relative, byte[] content) throws IOException {
        return TestFolders.landingWith(temp, relative, content);
    }

    /** The sample CSV as an Excel workbook, cell by cell, as an office would save it. */
    private static byte[] asWorkbook(Path csv) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (var table = ebpm.jobs.landing.TabularFiles.open(csv, ebpm.jobs.landing.TabularOptions.defaults())) {
            rows.add(table.header());
            for (var row = table.next(); row != null; row = table.next()) {
                rows.add(row.cells());
            }
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook();
             var bytes = new java.io.ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("令和2年度");
            for (int r = 0; r < rows.size(); r++) {
                var excelRow = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    excelRow.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write((OutputStream) bytes);
            return bytes.toByteArray();
        }
    }

    private static Path onlyFile(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.filter(file -> !file.getFileName().toString().startsWith(".")).findFirst().orElseThrow();
        }
    }
}
