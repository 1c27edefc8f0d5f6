package ebpm.evidence.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

class CellFormatterTest {

    private static final CellFormatter PLAIN = CellFormatter.plain(Map.of("達成率(%)", 1));
    private static final CellFormatter GROUPED = CellFormatter.grouped(Map.of("達成率(%)", 1));

    @Test
    void doublesWithoutDeclaredDecimalsPrintTheirShortestPlainForm() {
        var amounts = DoubleColumn.create("金額", 841586.0, 0.25, 1.0E-7, -11.8);

        assertThat(cells(PLAIN, amounts)).containsExactly("841586", "0.25", "0.0000001", "-11.8");
        assertThat(cells(GROUPED, amounts)).containsExactly("841,586", "0.25", "0.0000001", "-11.8");
    }

    @Test
    void doublesWithDeclaredDecimalsPrintExactlyThatManyRoundingHalfUp() {
        var rates = DoubleColumn.create("達成率(%)", 70.0, 2.675, 1234.56, -0.04);

        assertThat(cells(PLAIN, rates)).containsExactly("70.0", "2.7", "1234.6", "0.0");
        assertThat(cells(GROUPED, rates)).containsExactly("70.0", "2.7", "1,234.6", "0.0");
    }

    @Test
    void integersPrintAsDigitsGroupedOnlyForReading() {
        var counts = IntColumn.create("件数", 841586, -1234567, 0, 999);
        var totals = LongColumn.create("累計", 12345678901L);

        assertThat(cells(PLAIN, counts)).containsExactly("841586", "-1234567", "0", "999");
        assertThat(cells(GROUPED, counts)).containsExactly("841,586", "-1,234,567", "0", "999");
        assertThat(cells(GROUPED, totals)).containsExactly("12,345,678,901");
    }

    @Test
    void floatsKeepTheDigitsTheyWereGiven() {
        assertThat(cells(PLAIN, FloatColumn.create("比率", new float[] {0.1f}))).containsExactly("0.1");
    }

    @Test
    void missingValuesPrintAsNothing() {
        var rates = DoubleColumn.create("達成率(%)", 70.0, Double.NaN);
        rates.appendMissing();
        var counts = IntColumn.create("件数");
        counts.appendMissing();
        var texts = StringColumn.create("評価");
        texts.appendMissing();
        var infinite = DoubleColumn.create("伸び率", Double.POSITIVE_INFINITY);

        assertThat(cells(PLAIN, rates)).containsExactly("70.0", "", "");
        assertThat(cells(GROUPED, counts)).containsExactly("");
        assertThat(cells(PLAIN, texts)).containsExactly("");
        assertThat(cells(PLAIN, infinite)).containsExactly("");
    }

    @Test
    void textIsLeftAsItIs() {
        var texts = StringColumn.create("施策名", "ICTを活用した未病改善の推進", "1,000");

        assertThat(cells(GROUPED, texts)).containsExactly("ICTを活用した未病改善の推進", "1,000");
    }

    @Test
    void yearsPrintWithoutSeparatorsInEveryFormatCountsWithThem() {
        var years = LongColumn.create("年度", 2022L);
        var calendar = IntColumn.create("暦年", new int[] {2016});
        var counts = IntColumn.create("表示回数", new int[] {2051});

        assertThat(cells(GROUPED, years)).containsExactly("2022");
        assertThat(cells(GROUPED, calendar)).containsExactly("2016");
        assertThat(cells(GROUPED, counts)).containsExactly("2,051");
        assertThat(GROUPED.excelFormat(years, 0)).isEqualTo("0");
        assertThat(GROUPED.excelFormat(counts, 0)).isEqualTo("#,##0");
    }

    @Test
    void aDeclaredCodePrintsItsDigits() {
        var numbers = IntColumn.create("番号", new int[] {1234});
        var doc = SampleDocuments.withFormats(Table.create("t", numbers),
                new ColumnFormats(Map.of("番号", ColumnType.CODE), Map.of()));

        assertThat(CellFormatter.grouped(doc).format(numbers, 0)).isEqualTo("1234");
    }

    @Test
    void decimalsFromAColumnVaryByRow() {
        var before = DoubleColumn.create("事業前値", 7.2, 6745.0, 89.64);
        var places = IntColumn.create("小数桁", 2, 0, 1);
        Table table = Table.create("t", StringColumn.create("評価指標", "HbA1c", "1日平均歩数", "腹囲"), before, places);
        var declared = Map.of("事業前値", ColumnDeclaration.decimalsFrom("小数桁"));
        var doc = SampleDocuments.withFormats(ColumnFormats.shown(table, declared),
                ColumnFormats.declared("t", table, declared));
        CellFormatter grouped = CellFormatter.grouped(doc);

        assertThat(doc.table().columnNames()).containsExactly("評価指標", "事業前値");
        assertThat(cells(grouped, doc.table().column("事業前値"))).containsExactly("7.20", "6,745", "89.6");
        assertThat(grouped.excelFormat(before, 0)).isEqualTo("#,##0.00");
        assertThat(grouped.excelFormat(before, 1)).isEqualTo("#,##0");
    }

    private static String[] cells(CellFormatter formatter, Column<?> column) {
        String[] cells = new String[column.size()];
        for (int row = 0; row < column.size(); row++) {
            cells[row] = formatter.format(column, row);
        }
        return cells;
    }
}
