package ebpm.evidence.export;

import static ebpm.evidence.export.SampleDocuments.document;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class CsvExporterTest {

    private static final byte[] UTF_8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path folder;

    @Test
    void writesUtf8WithByteOrderMarkAndCrlfForExcel() throws IOException {
        var rate = DoubleColumn.create("達成率(%)", 70.0);
        rate.appendMissing();
        var table = Table.create("achievement",
                StringColumn.create("柱", "柱Ⅰ 暮らしの情報化", "柱Ⅱ 行政の情報化"),
                IntColumn.create("施策数", 841586, 12),
                rate);

        Path file = new CsvExporter().exportInto(folder, document(table, Map.of("達成率(%)", 1)));

        assertThat(file.getFileName()).hasToString("achievement-by-pillar_FY2020.csv");
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes(UTF_8_BOM,
                ("柱,施策数,達成率(%)\r\n"
                        + "柱Ⅰ 暮らしの情報化,841586,70.0\r\n"
                        + "柱Ⅱ 行政の情報化,12,\r\n").getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void disarmsTextThatExcelWouldRunAsAFormula() throws IOException {
        var table = Table.create("notes", StringColumn.create("=備考",
                "=SUM(A1)", "+81", "@x", "-x", "\tタブ", "\r改行", "普通の文", "a=b"));

        assertThat(csvText(table, Map.of())).isEqualTo("'=備考\r\n"
                + "'=SUM(A1)\r\n"
                + "'+81\r\n"
                + "'@x\r\n"
                + "'-x\r\n"
                + "'\tタブ\r\n"
                + "\"'\r改行\"\r\n"
                + "普通の文\r\n"
                + "a=b\r\n");
    }

    @Test
    void leavesNegativeNumbersAsNumbers() throws IOException {
        var table = Table.create("change",
                DoubleColumn.create("前年比(pt)", -11.8),
                IntColumn.create("増減", new int[] {-3}),
                StringColumn.create("評価", "-"));

        assertThat(csvText(table, Map.of("前年比(pt)", 1))).isEqualTo("前年比(pt),増減,評価\r\n"
                + "-11.8,-3,'-\r\n");
    }

    @Test
    void quotesCellsWithCommasQuotesAndLineBreaks() throws IOException {
        var table = Table.create("reasons", StringColumn.create("未達成の理由",
                "10,000人", "アプリ「マイME-BY0カルテ」は\"未把握\"", "一行目\n二行目", "\r先頭が改行", "=A1,B1"));

        assertThat(csvText(table, Map.of())).isEqualTo("未達成の理由\r\n"
                + "\"10,000人\"\r\n"
                + "\"アプリ「マイME-BY0カルテ」は\"\"未把握\"\"\"\r\n"
                + "\"一行目\n二行目\"\r\n"
                + "\"'\r先頭が改行\"\r\n"
                + "\"'=A1,B1\"\r\n");
    }

    @Test
    void writesCp932WithoutByteOrderMarkOnRequest() throws IOException {
        var table = Table.create("achievement",
                StringColumn.create("中柱", "① ICT及びデータを活用した県民サービスの提供"),
                DoubleColumn.create("達成率(%)", 70.0));
        Path file = folder.resolve("achievement.csv");

        CsvExporter.windows31j().export(document(table, Map.of("達成率(%)", 1)), file);

        byte[] written = Files.readAllBytes(file);
        assertThat(written[0]).isNotEqualTo(UTF_8_BOM[0]);
        assertThat(new String(written, Charset.forName("windows-31j"))).isEqualTo("中柱,達成率(%)\r\n"
                + "① ICT及びデータを活用した県民サービスの提供,70.0\r\n");
    }

    @Test
    void writesTabSeparatedUtf16WithByteOrderMarkForLibreOfficeAndExcelAlike() throws IOException {
        var table = Table.create("t", StringColumn.create("成果指標", "PV数, 月平均", "+1%"),
                IntColumn.create("年度", new int[] {2020, 2021}));
        Path file = folder.resolve("t.csv");

        CsvExporter.utf16Tabs().export(document(table, Map.of()), file);

        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes[0]).isEqualTo((byte) 0xFF);
        assertThat(bytes[1]).isEqualTo((byte) 0xFE);
        assertThat(new String(bytes, StandardCharsets.UTF_16LE)).isEqualTo("\uFEFF成果指標\t年度\r\n"
                + "PV数, 月平均\t2020\r\n'+1%\t2021\r\n");
    }

    @Test
    void writesTheCp932LookAlikeOfDashesAndTildesFromJisSources() throws IOException {
        var table = Table.create("measures", StringColumn.create("評価", "—", "10〜20", "−5"));
        Path file = folder.resolve("measures.csv");

        CsvExporter.windows31j().export(document(table, Map.of()), file);

        assertThat(new String(Files.readAllBytes(file), Charset.forName("windows-31j")))
                .isEqualTo("評価\r\n―\r\n10～20\r\n－5\r\n");
    }

    @Test
    void refusesCharactersCp932CannotHoldRatherThanWritingQuestionMarks() {
        var table = Table.create("names", StringColumn.create("氏名", "𠮷田"));
        Path file = folder.resolve("names.csv");

        assertThatThrownBy(() -> CsvExporter.windows31j().export(document(table, Map.of()), file))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("windows-31j")
                .hasMessageContaining("U+20BB7");
        assertThat(file).doesNotExist();
    }

    private String csvText(Table table, Map<String, Integer> decimals) throws IOException {
        Path file = new CsvExporter().exportInto(folder, document(table, decimals));
        byte[] written = Files.readAllBytes(file);
        assertThat(written).startsWith(UTF_8_BOM);
        return new String(written, UTF_8_BOM.length, written.length - UTF_8_BOM.length, StandardCharsets.UTF_8);
    }

    private static byte[] bytes(byte[]... parts) {
        var joined = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            joined.writeBytes(part);
        }
        return joined.toByteArray();
    }
}
