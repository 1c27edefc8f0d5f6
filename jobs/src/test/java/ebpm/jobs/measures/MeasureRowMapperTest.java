package ebpm.jobs.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ebpm.analytics.lake.LakeTables;
import ebpm.jobs.landing.LandingFileException;
import ebpm.jobs.landing.MappedRow;
import ebpm.jobs.landing.RejectedRowException;
import ebpm.jobs.landing.RowMapper;
import ebpm.jobs.landing.TabularRow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One row of the measure sheet (施策別成果指標達成状況一覧) → lake rows, or a rejection a person can act on. */
class MeasureRowMapperTest {

    private static final Path FILE = Path.of("landing", "measures", "kanagawa-ict-measures-fy2020.csv");
    private static final List<String> HEADER = List.of("年度", "柱", "中柱", "分野", "番号", "施策名", "所属",
            "成果指標", "目標", "実績", "評価", "未達成の理由及び今後の見込み等");

    /** Line 2 of the real FY2020 sheet. */
    private static final List<String> GOOD_ROW = List.of("2020", "柱Ⅰ 暮らしの情報化",
            "① ICT及びデータを活用した県民サービスの提供", "ア 健康・医療・介護", "2", "未病指標の構築・活用",
            "いのち・未来戦略本部室", "未病指標利用者数(累計)", "10,000人", "8,000人", "△", "把握が遅れた");

    /** Line 6 of the real FY2020 sheet: one measure with two indicators in one cell. */
    private static final List<String> TWO_INDICATORS_ROW = List.of("2020", "柱Ⅰ 暮らしの情報化",
            "① ICT及びデータを活用した県民サービスの提供", "イ 観光", "1", "ウェブサイトを活用した神奈川の観光情報の発信",
            "観光課", "(1)宿泊施設紹介ページPV数 (2)月平均PV数", "(1)400,000PV (2)100,000PV",
            "(1)841,586PV (2)83,640PV", "△", "(2)新型コロナウイルス感染症の拡大に伴い…");

    private final RowMapper mapper = new MeasureSheetSource().newMapper(FILE, HEADER);

    @Test
    void goodRowBecomesOneLakeRowInItsFiscalYearPartition() {
        List<MappedRow> rows = mapper.map(new TabularRow(2, GOOD_ROW));

        assertThat(rows).hasSize(1);
        MappedRow row = rows.get(0);
        assertThat(row.partitionValue()).isEqualTo(2020);
        assertThat(row.values()).hasSize(LakeTables.MEASURES.columns().size());
        assertThat(value(row, "pillar")).isEqualTo("柱Ⅰ 暮らしの情報化");
        assertThat(value(row, "mid_pillar")).isEqualTo("① ICT及びデータを活用した県民サービスの提供");
        assertThat(value(row, "field")).isEqualTo("ア 健康・医療・介護");
        assertThat(value(row, "measure_no")).isEqualTo(2);
        assertThat(value(row, "measure_name")).isEqualTo("未病指標の構築・活用");
        assertThat(value(row, "department")).isEqualTo("いのち・未来戦略本部室");
        assertThat(value(row, "indicator_no")).isEqualTo(1);
        assertThat(value(row, "indicator_count")).isEqualTo(1);
        assertThat(value(row, "indicator_text")).isEqualTo("未病指標利用者数(累計)");
        assertThat(value(row, "target_text")).isEqualTo("10,000人");
        assertThat(value(row, "target_value")).isEqualTo(10000.0);
        assertThat(value(row, "target_unit")).isEqualTo("人");
        assertThat(value(row, "target_qualifier")).isNull();
        assertThat(value(row, "actual_text")).isEqualTo("8,000人");
        assertThat(value(row, "actual_value")).isEqualTo(8000.0);
        assertThat(value(row, "actual_unit")).isEqualTo("人");
        assertThat(value(row, "evaluation")).isEqualTo("△");
        assertThat(value(row, "reason")).isEqualTo("把握が遅れた");
        // Provenance is the ingest's to fill.
        assertThat(value(row, "source_file")).isNull();
        assertThat(value(row, "source_line")).isNull();
    }

    @Test
    void textThatIsNotANumberIsKeptWithoutAValue() {
        MappedRow row = mapper.map(new TabularRow(2, with(GOOD_ROW, "目標", "実施", "実績", "未把握"))).get(0);

        assertThat(value(row, "target_text")).isEqualTo("実施");
        assertThat(value(row, "target_value")).isNull();
        assertThat(value(row, "target_unit")).isNull();
        assertThat(value(row, "actual_text")).isEqualTo("未把握");
        assertThat(value(row, "actual_value")).isNull();
    }

    @Test
    void cellWithTwoNumberedIndicatorsBecomesTwoLakeRows() {
        List<MappedRow> rows = mapper.map(new TabularRow(6, TWO_INDICATORS_ROW));

        assertThat(rows).hasSize(2);
        assertThat(rows).extracting(MappedRow::partitionValue).containsExactly(2020, 2020);
        assertThat(rows).extracting(row -> value(row, "indicator_no")).containsExactly(1, 2);
        assertThat(rows).extracting(row -> value(row, "indicator_count")).containsExactly(2, 2);
        assertThat(rows).extracting(row -> value(row, "indicator_text"))
                .containsExactly("宿泊施設紹介ページPV数", "月平均PV数");
        assertThat(rows).extracting(row -> value(row, "target_text")).containsExactly("400,000PV", "100,000PV");
        assertThat(rows).extracting(row -> value(row, "target_value")).containsExactly(400000.0, 100000.0);
        assertThat(rows).extracting(row -> value(row, "target_unit")).containsExactly("PV", "PV");
        assertThat(rows).extracting(row -> value(row, "actual_text")).containsExactly("841,586PV", "83,640PV");
        assertThat(rows).extracting(row -> value(row, "actual_value")).containsExactly(841586.0, 83640.0);
        assertThat(rows).extracting(row -> value(row, "actual_unit")).containsExactly("PV", "PV");
        // The measure-level columns repeat on every indicator row.
        assertThat(rows).extracting(row -> value(row, "measure_no")).containsExactly(1, 1);
        assertThat(rows).extracting(row -> value(row, "evaluation")).containsExactly("△", "△");
        assertThat(rows).extracting(row -> value(row, "reason"))
                .containsExactly("(2)新型コロナウイルス感染症の拡大に伴い…", "(2)新型コロナウイルス感染症の拡大に伴い…");
    }

    @ParameterizedTest
    @CsvSource({"2020, 2020", "令和2年度, 2020", "R2, 2020", "令和元年度, 2019", "2020年度, 2020"})
    void fiscalYearIsReadAsOfficesWriteIt(String fiscalYear, int partition) {
        List<MappedRow> rows = mapper.map(new TabularRow(2, with(GOOD_ROW, "年度", fiscalYear)));

        assertThat(rows).extracting(MappedRow::partitionValue).containsExactly(partition);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            年度 | 来年                      | 年度: '来年' is not a fiscal year (write 2020 or 令和2年度)
            柱   | ''                        | 柱: is empty
            柱   | 柱1 暮らしの情報化        | 柱: '柱1 暮らしの情報化' is not a 柱 of かながわICT・データ利活用推進計画; allowed: Ⅰ くらしの情報化, Ⅱ 行政の情報化
            柱   | 柱Ⅲ 未来の情報化          | 柱: '柱Ⅲ 未来の情報化' is not a 柱 of かながわICT・データ利活用推進計画; allowed: Ⅰ くらしの情報化, Ⅱ 行政の情報化
            中柱 | 1 ICT及びデータを活用した | 中柱: '1 ICT及びデータを活用した' is not a 中柱 of かながわICT・データ利活用推進計画 under Ⅰ; allowed: ① ICT及びデータを活用した県民サービスの提供, ② 官民情報共有・整備の推進, ③ 県民サービスの更なる電子化の推進
            中柱 | ④情報化人材の確保          | 中柱: '④情報化人材の確保' is not a 中柱 of かながわICT・データ利活用推進計画 under Ⅰ; allowed: ① ICT及びデータを活用した県民サービスの提供, ② 官民情報共有・整備の推進, ③ 県民サービスの更なる電子化の推進
            分野 | ''                        | 分野: is empty
            番号 | 一                        | 番号: '一' is not a measure number
            番号 | ''                        | 番号: is empty
            施策名 | ''                      | 施策名: is empty
            評価 | ×                         | 評価: unknown symbol '×' (expected ◎ ○ △ — or blank)
            """)
    void rejectsARowWithTheColumnAndWhatIsWrong(String column, String cell, String reason) {
        TabularRow row = new TabularRow(2, with(GOOD_ROW, column, cell));

        assertThatThrownBy(() -> mapper.map(row))
                .isInstanceOf(RejectedRowException.class)
                .hasMessage(reason);
    }

    @Test
    void secondRowForTheSameMeasureIsRejectedNamingTheFirstLine() {
        mapper.map(new TabularRow(2, GOOD_ROW));
        // Same 年度 / 柱 / 中柱 / 分野 / 番号 (the year written another way), different name and figures.
        TabularRow again = new TabularRow(9, with(GOOD_ROW, "年度", "令和2年度", "施策名", "別の施策", "実績", "9,000人"));

        assertThatThrownBy(() -> mapper.map(again))
                .isInstanceOf(RejectedRowException.class)
                .hasMessage("duplicate measure: 年度 2020, 柱Ⅰ 暮らしの情報化 ① ICT及びデータを活用した県民サービスの提供"
                        + " ア 健康・医療・介護 番号 2 is already on line 2");
    }

    @Test
    void sameMeasureWithItsPillarLabelsTypedDifferentlyIsStillADuplicate() {
        // stg_measures keys a measure on the pillar numeral (Ⅰ) and mid-pillar number (①), not on the label text;
        // letting this row through would count the measure twice in the achievement rate.
        mapper.map(new TabularRow(2, GOOD_ROW));
        TabularRow retyped = new TabularRow(9, with(GOOD_ROW,
                "柱", "柱Ⅰ\u3000暮らしの情報化", "中柱", "①ICT及びデータを活用した県民サービスの提供"));

        assertThatThrownBy(() -> mapper.map(retyped))
                .isInstanceOf(RejectedRowException.class)
                .hasMessage("duplicate measure: 年度 2020, 柱Ⅰ\u3000暮らしの情報化 ①ICT及びデータを活用した県民サービスの提供"
                        + " ア 健康・医療・介護 番号 2 is already on line 2");
    }

    @Test
    void pillarAndMidPillarMayBreakOverTwoLinesInTheCell() {
        // Offices break long labels with Alt+Enter in Excel; the numeral is still there.
        MappedRow row = mapper.map(new TabularRow(2, with(GOOD_ROW,
                "柱", "柱Ⅰ\n暮らしの情報化", "中柱", "① ICT及びデータを活用した\n県民サービスの提供"))).get(0);

        assertThat(value(row, "pillar")).isEqualTo("柱Ⅰ\n暮らしの情報化");
        assertThat(value(row, "mid_pillar")).isEqualTo("① ICT及びデータを活用した\n県民サービスの提供");
    }

    @Test
    void sameMeasureNumberInAnotherFieldOrYearIsNotADuplicate() {
        mapper.map(new TabularRow(2, GOOD_ROW));

        assertThat(mapper.map(new TabularRow(3, with(GOOD_ROW, "分野", "イ 観光")))).hasSize(1);
        assertThat(mapper.map(new TabularRow(4, with(GOOD_ROW, "年度", "2021")))).hasSize(1);
    }

    @Test
    void eachMapperStartsWithNoMeasuresSeen() {
        mapper.map(new TabularRow(2, GOOD_ROW));
        RowMapper nextFile = new MeasureSheetSource().newMapper(FILE, HEADER);

        assertThat(nextFile.map(new TabularRow(2, GOOD_ROW))).hasSize(1);
    }

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource({"◎, ◎", "○, ○", "〇, ○", "◯, ○", "△, △", "—, —", "-, —", "－, —", "―, —", "ー, —", "' △ ', △"})
    void lookAlikeEvaluationSymbolsAreReadAsTheSymbolMeant(String written, String meant) {
        MappedRow row = mapper.map(new TabularRow(2, with(GOOD_ROW, "評価", written))).get(0);

        assertThat(value(row, "evaluation")).isEqualTo(meant);
    }

    @Test
    void blankEvaluationOfAMeasureFinishedInAnEarlierYearIsAccepted() {
        TabularRow finished = new TabularRow(40, with(GOOD_ROW,
                "成果指標", "—", "目標", "(令和元年度で取組完了)", "実績", "", "評価", "", "未達成の理由及び今後の見込み等", ""));

        List<MappedRow> rows = mapper.map(finished);

        assertThat(rows).hasSize(1);
        assertThat(value(rows.get(0), "evaluation")).isEqualTo("");
        assertThat(value(rows.get(0), "target_text")).isEqualTo("(令和元年度で取組完了)");
        assertThat(value(rows.get(0), "target_value")).isNull();
        assertThat(value(rows.get(0), "actual_text")).isNull();
        assertThat(value(rows.get(0), "reason")).isNull();
    }

    @Test
    void shortRowWithoutTrailingCellsIsReadAsBlanks() {
        // A CSV row may stop after the last filled cell: here after 評価, without a reason.
        List<MappedRow> rows = mapper.map(new TabularRow(2, GOOD_ROW.subList(0, 11)));

        assertThat(value(rows.get(0), "evaluation")).isEqualTo("△");
        assertThat(value(rows.get(0), "reason")).isNull();
    }

    @Test
    void columnsAreFoundByNameWhateverTheirOrder() {
        List<String> header = new ArrayList<>(HEADER);
        List<String> cells = new ArrayList<>(GOOD_ROW);
        Collections.reverse(header);
        Collections.reverse(cells);

        MappedRow row = new MeasureSheetSource().newMapper(FILE, header).map(new TabularRow(2, cells)).get(0);

        assertThat(row.partitionValue()).isEqualTo(2020);
        assertThat(value(row, "measure_name")).isEqualTo("未病指標の構築・活用");
        assertThat(value(row, "evaluation")).isEqualTo("△");
    }

    @Test
    void headerWithoutEvaluationIsAFileProblemNamingTheColumn() {
        List<String> header = HEADER.stream().filter(column -> !column.equals("評価")).toList();

        assertThatThrownBy(() -> new MeasureSheetSource().newMapper(FILE, header))
                .isInstanceOf(LandingFileException.class)
                .hasMessageStartingWith("kanagawa-ict-measures-fy2020.csv: missing column(s) 評価; ")
                .hasMessageContaining("年度,柱,中柱,分野,番号,施策名,所属,成果指標,目標,実績,評価,未達成の理由及び今後の見込み等");
    }

    @Test
    void aSheetStatesTheYearMostOfItsRowsStateAndRejectsARowOfAnotherYearNamingBoth() {
        RowMapper sheet = new MeasureSheetSource().newMapper(FILE, HEADER);
        List<TabularRow> rows = List.of(row(2, "2020", "1"), row(3, "令和3年度", "2"), row(4, "2021", "3"));
        assertThat(sheet.surveysFirst()).isTrue();
        rows.forEach(sheet::survey);

        assertThat(sheet.map(rows.get(1))).singleElement().satisfies(r -> assertThat(r.partitionValue()).isEqualTo(2021));
        assertThatThrownBy(() -> sheet.map(rows.get(0))).isInstanceOf(RejectedRowException.class)
                .hasMessage("年度: 2020 is not this sheet's fiscal year 2021 (the year most of its rows state); "
                        + "a row of another year belongs in that year's sheet");
    }

    @Test
    void onATieTheSheetStatesTheYearOfItsFirstRow() {
        RowMapper sheet = new MeasureSheetSource().newMapper(FILE, HEADER);
        List<TabularRow> rows = List.of(row(2, "R3", "1"), row(3, "2020", "2"));
        rows.forEach(sheet::survey);

        assertThat(sheet.map(rows.get(0))).hasSize(1);
        assertThatThrownBy(() -> sheet.map(rows.get(1))).hasMessageContaining("this sheet's fiscal year 2021");
    }

    /** {@link #GOOD_ROW} with another fiscal year and measure number. */
    private static TabularRow row(long line, String fiscalYear, String number) {
        List<String> cells = new ArrayList<>(GOOD_ROW);
        cells.set(0, fiscalYear);
        cells.set(4, number);
        return new TabularRow(line, cells);
    }

    private static Object value(MappedRow row, String column) {
        return row.values()[LakeTables.MEASURES.indexOf(column)];
    }

    /** The row with the cells under the named columns replaced: {@code with(row, "評価", "○", "所属", "")}. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"柱I 暮らしの情報化, 柱Ⅰ 暮らしの情報化", "柱 II 行政の情報化, 柱 Ⅱ 行政の情報化", "柱Ｉ, 柱Ⅰ"})
    void aLatinPillarNumeralIsReadAsTheRomanOne(String written, String stored) {
        MappedRow row = mapper.map(new TabularRow(2, with(GOOD_ROW, "柱", written))).get(0);

        assertThat(value(row, "pillar")).isEqualTo(stored);
    }

    private static List<String> with(List<String> row, String... columnsAndCells) {
        List<String> cells = new ArrayList<>(row);
        for (int i = 0; i < columnsAndCells.length; i += 2) {
            cells.set(HEADER.indexOf(columnsAndCells[i]), columnsAndCells[i + 1]);
        }
        return cells;
    }
}
