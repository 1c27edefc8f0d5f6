package ebpm.jobs.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeasureCellParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            10,000人                        | 10000    | 人           | null | null
            20回                            | 20       | 回           | null | null
            2件                             | 2        | 件           | null | null
            0件                             | 0        | 件           | null | null
            400,000PV                       | 400000   | PV           | null | null
            841,586PV                       | 841586   | PV           | null | null
            90%                             | 90       | %            | null | null
            75.3%                           | 75.3     | %            | null | null
            100%                            | 100      | %            | null | null
            3,000人                         | 3000     | 人           | null | null
            5,000人以上                     | 5000     | 人           | 以上 | null
            23,142台                        | 23142    | 台           | null | null
            65テーマセット                  | 65       | テーマセット | null | null
            25市町村                        | 25       | 市町村       | null | null
            10,000社                        | 10000    | 社           | null | null
            80,000                          | 80000    | ''           | null | null
            +1%                             | 1        | %            | null | null
            +1.6%(※)                        | 1.6      | %            | null | (※)
            1事務                           | 1        | 事務         | null | null
            1か所                           | 1        | か所         | null | null
            1拠点                           | 1        | 拠点         | null | null
            4システム                       | 4        | システム     | null | null
            14,000アクセス                  | 14000    | アクセス     | null | null
            1,710台                         | 1710     | 台           | null | null
            50%                             | 50       | %            | null | null
            100人未満                       | 100      | 人           | 未満 | null
            ３０超                          | 30       | ''           | 超   | null
            １２，３４５件                  | 12345    | 件           | null | null
            ＋１．６％（※）                 | 1.6      | %            | null | （※）
            ▲5                              | -5       | ''           | null | null
            ▲１，２００万円                 | -1200    | 万円         | null | null
            -3.5ポイント                    | -3.5     | ポイント     | null | null
            ' 20回 '                        | 20       | 回           | null | null
            """)
    void readsNumbersWithTheirUnits(String text, double value, String unit, String qualifier, String note) {
        Quantity quantity = MeasureCellParser.parse(text);

        assertThat(quantity).isEqualTo(new Quantity(text.strip(), value, unit, qualifier, note));
        assertThat(quantity.isNumber()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            実施                                                 | null
            未把握                                               | null
            —                                                    | null
            (令和元年度で取組完了)                               | null
            開発完了                                             | null
            トマト収量20t/10a以上、品質30%以上向上               | null
            3システム中2システムの開発完了、1システムの計画策定  | null
            12時間以内に対応する体制の整備                       | null
            対象順次拡大(※)                                     | (※)
            ''                                                   | null
            """)
    void keepsTextThatIsNotANumberWithAUnit(String text, String note) {
        Quantity quantity = MeasureCellParser.parse(text);

        assertThat(quantity).isEqualTo(new Quantity(text, null, null, null, note));
        assertThat(quantity.isNumber()).isFalse();
    }

    @Test
    void splitsCellsThatNumberTheirIndicators() {
        assertThat(MeasureCellParser.splitIndicators("(1)400,000PV (2)100,000PV"))
                .containsExactly("400,000PV", "100,000PV");
        assertThat(MeasureCellParser.splitIndicators("(1)宿泊施設紹介ページPV数 (2)月平均PV数"))
                .containsExactly("宿泊施設紹介ページPV数", "月平均PV数");
        assertThat(MeasureCellParser.splitIndicators("(1)開発完了 (2)50%"))
                .containsExactly("開発完了", "50%");
        assertThat(MeasureCellParser.splitIndicators("(1)80,000 (2)57,000"))
                .containsExactly("80,000", "57,000");
    }

    @Test
    void splitsFullWidthAndCircledMarkers() {
        assertThat(MeasureCellParser.splitIndicators("（１）１２，３４５件　（２）＋１．６％"))
                .containsExactly("１２，３４５件", "＋１．６％");
        assertThat(MeasureCellParser.splitIndicators("①実施②未実施③3回"))
                .containsExactly("実施", "未実施", "3回");
    }

    @Test
    void splitsOnlyAtMarkersInSequence() {
        assertThat(MeasureCellParser.splitIndicators("(1)研修(3)期分 (2)5件"))
                .containsExactly("研修(3)期分", "5件");
    }

    @Test
    void keepsCellsWithoutLeadingMarkerWhole() {
        assertThat(MeasureCellParser.splitIndicators("(令和元年度で取組完了)")).containsExactly("(令和元年度で取組完了)");
        assertThat(MeasureCellParser.splitIndicators("対象順次拡大(※)")).containsExactly("対象順次拡大(※)");
        assertThat(MeasureCellParser.splitIndicators(" 10,000人 ")).containsExactly("10,000人");
        assertThat(MeasureCellParser.splitIndicators("(2)だけ")).containsExactly("(2)だけ");
    }

    @Test
    void blankCellsHaveNoParts() {
        assertThat(MeasureCellParser.splitIndicators("")).isEmpty();
        assertThat(MeasureCellParser.splitIndicators(" \n")).isEmpty();
        assertThat(MeasureCellParser.splitIndicators(null)).isEmpty();
    }

    @Test
    void zeroIsNeverNegative() {
        assertThat(MeasureCellParser.parse("▲0件").value()).isEqualTo(0.0);
    }
}
