package ebpm.jobs.landing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TabularFilesTest {

    private static final Charset CP932 = Charset.forName("windows-31j");
    private static final String CSV_TABLE = """
            市町村,施策名,利用者数,開始日
            横浜市,未病指標の構築・活用,"10,000",2021/4/1
            川崎市,オープンデータ推進（ＫＰＣ）,500,2020/10/31
            """;
    private static final List<String> HEADER = List.of("市町村", "施策名", "利用者数", "開始日");
    private static final List<TabularRow> ROWS = List.of(
            new TabularRow(2, List.of("横浜市", "未病指標の構築・活用", "10,000", "2021/4/1")),
            new TabularRow(3, List.of("川崎市", "オープンデータ推進（ＫＰＣ）", "500", "2020/10/31")));

    @TempDir
    Path dir;

    @Test
    void readsUtf8() throws IOException {
        Path file = write("utf8.csv", CSV_TABLE.getBytes(StandardCharsets.UTF_8));

        assertReadsTheTable(file, "UTF-8");
    }

    @Test
    void readsUtf8WithByteOrderMarkAndKeepsItOutOfTheFirstColumnName() throws IOException {
        Path file = write("bom.csv", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                CSV_TABLE.getBytes(StandardCharsets.UTF_8)));

        assertReadsTheTable(file, "UTF-8 (BOM)");
    }

    @Test
    void readsCp932() throws IOException {
        Path file = write("sjis.csv", CSV_TABLE.getBytes(CP932));

        assertReadsTheTable(file, "windows-31j");
    }

    @Test
    void readsXlsxNumbersAsStoredNotAsTheirDisplayFormatRoundsThem() throws IOException {
        Path file = dir.resolve("table.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("保健事業");
            textRow(sheet, 0, "市町村コード", "参加者数", "事業前値", "事業後値", "実施率", "開始日", "事業名");
            Row row = sheet.createRow(1);
            numeric(workbook, row, 0, 141003, "General");
            numeric(workbook, row, 1, 10000, "#,##0");
            numeric(workbook, row, 2, 7.42, "0.0");
            numeric(workbook, row, 3, 7.36, "0.0");
            numeric(workbook, row, 4, 0.6984, "0.0%");
            row.createCell(5).setCellValue(LocalDate.of(2020, 4, 1));
            row.getCell(5).setCellStyle(style(workbook, "yyyy/m/d"));
            row.createCell(6).setCellValue("特定保健指導");
            workbook.write(out);
        }

        try (TabularFile table = TabularFiles.open(file, TabularOptions.defaults())) {
            assertThat(table.rows().toList()).containsExactly(new TabularRow(2,
                    List.of("141003", "10000", "7.42", "7.36", "69.84%", "2020-04-01", "特定保健指導")));
        }
    }

    private static void numeric(XSSFWorkbook workbook, Row row, int column, double value, String format) {
        row.createCell(column).setCellValue(value);
        row.getCell(column).setCellStyle(style(workbook, format));
    }

    private static CellStyle style(XSSFWorkbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    @Test
    void choosesTheReaderByExtensionIgnoringCase() throws IOException {
        Path file = write("UPPER.CSV", CSV_TABLE.getBytes(StandardCharsets.UTF_8));

        assertReadsTheTable(file, "UTF-8");
    }

    @Test
    void rejectsOtherExtensionsNamingTheAcceptedOnes() throws IOException {
        Path file = write("sales.xls", new byte[] {1, 2, 3});

        assertThatThrownBy(() -> TabularFiles.open(file, TabularOptions.defaults()))
                .isInstanceOf(LandingFileException.class)
                .hasMessageStartingWith("sales.xls: ")
                .hasMessageContaining(".csv or .xlsx");
    }

    @Test
    void rejectsBytesThatAreNeitherUtf8NorCp932() throws IOException {
        // "café," in Latin-1: 0xE9 starts a UTF-8 sequence and a CP932 double-byte character, and ',' ends both.
        Path file = write("sales.csv", "name,amount\ncafé,100\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> TabularFiles.open(file, TabularOptions.defaults()))
                .isInstanceOf(LandingFileException.class)
                .hasMessage("sales.csv: not UTF-8 or CP932 (invalid byte 0xE9 at offset 15, line 2);"
                        + " save it as UTF-8 or CP932");
    }

    @Test
    void rejectsUtf16WithAHintHowToSaveIt() throws IOException {
        Path file = write("unicode.csv", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                "a,b\n".getBytes(StandardCharsets.UTF_16LE)));

        assertThatThrownBy(() -> TabularFiles.open(file, TabularOptions.defaults()))
                .isInstanceOf(LandingFileException.class)
                .hasMessageStartingWith("unicode.csv: is UTF-16");
    }

    @Test
    void rejectsDuplicateColumnNames() throws IOException {
        Path file = write("dup.csv", "市町村,金額, 金額\n横浜市,1,2\n".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> TabularFiles.open(file, TabularOptions.defaults()))
                .isInstanceOf(LandingFileException.class)
                .hasMessage("dup.csv: header on line 1 names \"金額\" twice (columns 2 and 3); rename one of them");
    }

    @Test
    void rejectsBlankColumnNames() throws IOException {
        Path file = write("blank.csv", "市町村,,金額\n".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> TabularFiles.open(file, TabularOptions.defaults()))
                .isInstanceOf(LandingFileException.class)
                .hasMessageStartingWith("blank.csv: header cell 2 on line 1 is blank");
    }

    @Test
    void rejectsAFileWithoutHeader() throws IOException {
        Path file = write("empty.csv", "\n\n".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> TabularFiles.open(file, TabularOptions.defaults()))
                .isInstanceOf(LandingFileException.class)
                .hasMessageStartingWith("empty.csv: has no header row");
    }

    @Test
    void rejectsAnXlsxThatIsNotAWorkbook() throws IOException {
        Path file = write("renamed.xlsx", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> TabularFiles.open(file, TabularOptions.defaults()))
                .isInstanceOf(LandingFileException.class)
                .hasMessageStartingWith("renamed.xlsx: is not an .xlsx workbook");
    }

    @Test
    void xlsxSkipsEmptyRowsAndKeepsExcelRowNumbers() throws IOException {
        Path file = dir.resolve("gaps.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet();
            textRow(sheet, 2, "市町村", "人口");
            textRow(sheet, 3, "横浜市", "3777491");
            textRow(sheet, 4, "", "");
            textRow(sheet, 7, "川崎市");
            workbook.write(out);
        }

        try (TabularFile table = TabularFiles.open(file, TabularOptions.defaults())) {
            assertThat(table.header()).containsExactly("市町村", "人口");
            assertThat(table.rows().toList()).containsExactly(
                    new TabularRow(4, List.of("横浜市", "3777491")),
                    new TabularRow(8, List.of("川崎市")));
        }
    }

    private void assertReadsTheTable(Path file, String encoding) throws IOException {
        try (TabularFile table = TabularFiles.open(file, TabularOptions.defaults())) {
            assertThat(table.encoding()).isEqualTo(encoding);
            assertThat(table.header()).isEqualTo(HEADER);
            assertThat(table.rows().toList()).isEqualTo(ROWS);
        }
    }

    private static Row textRow(Sheet sheet, int index, String... texts) {
        Row row = sheet.createRow(index);
        for (int column = 0; column < texts.length; column++) {
            row.createCell(column).setCellValue(texts[column]);
        }
        return row;
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
