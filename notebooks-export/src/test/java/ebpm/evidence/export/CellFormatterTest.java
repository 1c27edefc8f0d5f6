package ebpm.evidence.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
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

    private static String[] cells(CellFormatter formatter, Column<?> column) {
        String[] cells = new String[column.size()];
        for (int row = 0; row < column.size(); row++) {
            cells[row] = formatter.format(column, row);
        }
        return cells;
    }
}
