package ebpm.jobs.health;

import java.time.LocalDate;
import ebpm.jobs.landing.PlausibleYears;
import ebpm.analytics.project.Project;
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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One evaluation row from a municipality → one lake row, or a rejection naming the column and what is wrong. */
class HealthEvaluationRowMapperTest {

    private static final Path FILE = Path.of("landing", "health", "yokohama.csv");
    private static final List<String> HEADER = HealthEvaluationSource.COLUMNS;
    private static final List<String> YOKOHAMA_2020 = List.of("令和2年度", "141003", "横浜市", "特定保健指導",
            "生活習慣病予防", "38109", "6238", "5339", "腹囲", "cm", "93.7", "92.1", "有");

    private final RowMapper mapper = new HealthEvaluationSource(Project.builtIn(), PlausibleYears.of(Project.builtIn(), LocalDate.of(2026, 11, 21))).newMapper(FILE, HEADER);

    @Test
    void anEvaluationBecomesOneLakeRowInItsFiscalYearsPartition() {
        List<MappedRow> rows = mapper.map(new TabularRow(2, YOKOHAMA_2020));

        assertThat(rows).hasSize(1);
        MappedRow row = rows.get(0);
        assertThat(row.partitionValue()).isEqualTo(2020);
        assertThat(row.values()).hasSize(LakeTables.HEALTH_EVALUATIONS.columns().size());
        assertThat(value(row, "municipality_code")).isEqualTo("141003");
        assertThat(value(row, "municipality_name")).isEqualTo("横浜市");
        assertThat(value(row, "project_name")).isEqualTo("特定保健指導");
        assertThat(value(row, "project_category")).isEqualTo("生活習慣病予防");
        assertThat(value(row, "eligible")).isEqualTo(38109L);
        assertThat(value(row, "participants")).isEqualTo(6238L);
        assertThat(value(row, "completers")).isEqualTo(5339L);
        assertThat(value(row, "outcome_indicator")).isEqualTo("腹囲");
        assertThat(value(row, "outcome_unit")).isEqualTo("cm");
        assertThat(value(row, "value_before")).isEqualTo(93.7);
        assertThat(value(row, "value_after")).isEqualTo(92.1);
        assertThat(value(row, "prefecture_supported")).isEqualTo(true);
        assertThat(value(row, "source_file")).isNull();
    }

    @ParameterizedTest(name = "{0} → FY{1}")
    @CsvSource({"2020, 2020", "令和2年度, 2020", "R2, 2020", "2020年度, 2020", "令和元年度, 2019", "平成31年度, 2019",
            "H28, 2016", "平成28年度, 2016", "２０２０, 2020"})
    void readsTheFiscalYearAsOfficesWriteIt(String written, int fiscalYear) {
        MappedRow row = mapper.map(new TabularRow(2, with("年度", written))).get(0);

        assertThat(row.partitionValue()).isEqualTo(fiscalYear);
    }

    @Test
    void readsCountsAndValuesAsExcelAndFullWidthInputWriteThem() {
        MappedRow row = mapper.map(new TabularRow(2, with("対象者数", "38,109", "参加者数", "６，２３８",
                "事業前値", "１,２００.５", "事業後値", "1250", "評価指標", "１日平均歩数", "県評価支援", "無"))).get(0);

        assertThat(value(row, "eligible")).isEqualTo(38109L);
        assertThat(value(row, "participants")).isEqualTo(6238L);
        assertThat(value(row, "value_before")).isEqualTo(1200.5);
        assertThat(value(row, "outcome_indicator")).isEqualTo("1日平均歩数");
        assertThat(value(row, "prefecture_supported")).isEqualTo(false);
    }

    @Test
    void readsEverydaySpellingsOfCountsCodesAndSupport() {
        MappedRow row = mapper.map(new TabularRow(2, with("市町村コード", "141003.0", "対象者数", "38109.0",
                "参加者数", "765.0", "修了者数", "700", "県評価支援", "無し"))).get(0);

        assertThat(value(row, "municipality_code")).isEqualTo("141003");
        assertThat(value(row, "eligible")).isEqualTo(38109L);
        assertThat(value(row, "participants")).isEqualTo(765L);
        assertThat(value(row, "prefecture_supported")).isEqualTo(false);
        assertThat(value(mapper.map(new TabularRow(3, with("県評価支援", "有り", "事業名", "x"))).get(0),
                "prefecture_supported")).isEqualTo(true);
    }

    @Test
    void keepsTheListedNameWhenTheNameIsWrittenAnotherWay() {
        MappedRow row = mapper.map(new TabularRow(2, with("市町村コード", "142077", "市町村名", "茅ケ崎市"))).get(0);

        assertThat(value(row, "municipality_name")).isEqualTo("茅ヶ崎市");
    }

    @Test
    void completersAndOutcomeValuesMayBeLeftEmpty() {
        MappedRow row = mapper.map(new TabularRow(2, with("修了者数", "", "単位", "", "事業前値", "", "事業後値", ""))).get(0);

        assertThat(value(row, "completers")).isNull();
        assertThat(value(row, "outcome_unit")).isNull();
        assertThat(value(row, "value_before")).isNull();
        assertThat(value(row, "value_after")).isNull();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            市町村コード | 141004   | 市町村コード: '141004' has a wrong check digit (for 14100 it is 3); check the code for a typing error
            市町村コード | 131016   | 市町村コード: '131016' is a code of prefecture 13, not of 神奈川県 (14)
            市町村コード | 140007   | 市町村コード: '140007' is 神奈川県 itself, not one of its 33 municipalities
            市町村コード | 141011   | 市町村コード: '141011' is 横浜市 鶴見区, a ward of 横浜市; a designated city reports as a whole under 141003
            市町村コード | 14100    | 市町村コード: '14100' has 5 digits; write the 6-digit code with its check digit, e.g. 141003
            市町村名     | 川崎市   | 市町村名: '川崎市' is not the name of 141003 (横浜市)
            年度         | 昨年度   | 年度: '昨年度' is not a fiscal year (write 2020, 令和2年度 or R2)
            年度         | 2202     | 年度: fiscal year 2202 is outside the plausible years 2010–2027 (plausible_fiscal_years in ebpm_project.yml: from its earliest to this run's fiscal year + after_as_of); check it for a typing error
            年度         | 1900     | 年度: fiscal year 1900 is outside the plausible years 2010–2027 (plausible_fiscal_years in ebpm_project.yml: from its earliest to this run's fiscal year + after_as_of); check it for a typing error
            参加者数     | 40000    | 参加者数: 40000 exceeds 対象者数 38109
            修了者数     | 6239     | 修了者数: 6239 exceeds 参加者数 6238
            対象者数     | -5       | 対象者数: '-5' is negative; counts and values cannot be
            事業前値     | ▲1.2     | 事業前値: '▲1.2' is negative; counts and values cannot be
            参加者数     | 6238.5   | 参加者数: '6238.5' is not a whole number of people
            事業後値     | 未測定   | 事業後値: '未測定' is not a number
            事業後値     | ''       | 事業後値: is empty while 事業前値 is given; give both or neither
            県評価支援   | ○        | 県評価支援: '○' is not 有 or 無 (有り/あり and 無し/なし are read too)
            事業名       | ''       | 事業名: is empty
            """)
    void rejectsARowWithTheColumnAndWhatIsWrong(String column, String cell, String reason) {
        TabularRow row = new TabularRow(2, with(column, cell));

        assertThatThrownBy(() -> mapper.map(row))
                .isInstanceOf(RejectedRowException.class)
                .hasMessage(reason);
    }

    @Test
    void anOutcomeIndicatorTheSeedDoesNotKnowLandsAndTheFileNoteSaysWhereToAddIt() {
        MappedRow row = mapper.map(new TabularRow(2, with("評価指標", "歩数"))).get(0);
        mapper.map(new TabularRow(3, with("評価指標", "歩数", "事業名", "ウォーキング教室")));

        assertThat(value(row, "outcome_indicator")).isEqualTo("歩数");
        assertThat(value(row, "participants")).isEqualTo(6238L);
        assertThat(mapper.finish()).containsExactly("評価指標 '歩数' (2 row(s)) is not in "
                + "seeds/outcome_indicators.csv: participation is counted, the improvement stays empty until it is "
                + "added there with better=lower or higher");
    }

    @Test
    void rejectsTheSameMunicipalityYearAndProjectTwiceInOneFile() {
        mapper.map(new TabularRow(2, YOKOHAMA_2020));

        assertThatThrownBy(() -> mapper.map(new TabularRow(5, with("年度", "R2"))))
                .isInstanceOf(RejectedRowException.class)
                .hasMessage("duplicate evaluation: 年度 2020, 141003, 特定保健指導 is already on line 2");
        assertThat(mapper.map(new TabularRow(6, with("年度", "R3")))).hasSize(1);
    }

    @Test
    void aHeaderWithoutTheSupportColumnIsAFileProblemNamingIt() {
        List<String> header = HEADER.stream().filter(column -> !column.equals("県評価支援")).toList();

        assertThatThrownBy(() -> new HealthEvaluationSource(Project.builtIn(), PlausibleYears.of(Project.builtIn(), LocalDate.of(2026, 11, 21))).newMapper(FILE, header))
                .isInstanceOf(LandingFileException.class)
                .hasMessageStartingWith("yokohama.csv: missing column(s) 県評価支援; ");
    }

    private static Object value(MappedRow row, String column) {
        return row.values()[LakeTables.HEALTH_EVALUATIONS.indexOf(column)];
    }

    /** Yokohama's FY2020 health guidance row with the cells under the named columns replaced. */
    private static List<String> with(String... columnsAndCells) {
        List<String> cells = new ArrayList<>(YOKOHAMA_2020);
        for (int i = 0; i < columnsAndCells.length; i += 2) {
            cells.set(HEADER.indexOf(columnsAndCells[i]), columnsAndCells[i + 1]);
        }
        return cells;
    }
}
