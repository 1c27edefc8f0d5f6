package ebpm.jobs.observations;

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

/** One published observation (long format) → one lake row with its period normalised, or a rejection. */
class ObservationRowMapperTest {

    private static final Path FILE = Path.of("landing", "observations", "ict-plan-achievement-rates-fy2019.csv");
    private static final List<String> HEADER = List.of("指標コード", "地域コード", "区分", "期間種別", "期間", "公表値",
            "状態", "出典");

    /** Line 2 of the real published-rates file. */
    private static final List<String> OVERALL_RATE_FY2019 = List.of("measure_achievement_rate", "140007", "全体", "FY",
            "令和元年度", "81.6%", "確報", "令和2年度点検報告書 p.2");

    private final RowMapper mapper = new ObservationSource(Project.builtIn(), PlausibleYears.of(Project.builtIn(), LocalDate.of(2026, 11, 21))).newMapper(FILE, HEADER);

    @Test
    void publishedRateBecomesOneUnpartitionedLakeRow() {
        List<MappedRow> rows = mapper.map(new TabularRow(2, OVERALL_RATE_FY2019));

        assertThat(rows).hasSize(1);
        MappedRow row = rows.get(0);
        assertThat(row.partitionValue()).isNull();
        assertThat(row.values()).hasSize(LakeTables.OBSERVATIONS.columns().size());
        assertThat(value(row, "indicator_code")).isEqualTo("measure_achievement_rate");
        assertThat(value(row, "area_code")).isEqualTo("140007");
        assertThat(value(row, "breakdown")).isEqualTo("全体");
        assertThat(value(row, "period_type")).isEqualTo("FY");
        assertThat(value(row, "period")).isEqualTo("2019");
        assertThat(value(row, "value")).isEqualTo(81.6);
        assertThat(value(row, "unit")).isEqualTo("%");
        assertThat(value(row, "value_text")).isEqualTo("81.6%");
        assertThat(value(row, "status")).isEqualTo("確報");
        assertThat(value(row, "source")).isEqualTo("令和2年度点検報告書 p.2");
        assertThat(value(row, "source_file")).isNull();
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
            "FY, 令和元年度, 2019", "FY, 2019, 2019", "FY, H30, 2018", "FY, 令和２年度, 2020",
            "CY, 2019, 2019", "MONTH, 2019-04, 2019-04", "DAY, 2019-04-01, 2019-04-01"})
    void periodIsStoredInOneFormPerPeriodType(String periodType, String period, String stored) {
        MappedRow row = mapper.map(new TabularRow(2, with("期間種別", periodType, "期間", period))).get(0);

        assertThat(value(row, "period_type")).isEqualTo(periodType);
        assertThat(value(row, "period")).isEqualTo(stored);
    }

    @Test
    void aMunicipalitysFigureLandsAsThePrefecturesDoes() {
        MappedRow row = mapper.map(new TabularRow(2, with("地域コード", "141003"))).get(0);

        assertThat(value(row, "area_code")).isEqualTo("141003");
    }

    @Test
    void anIndicatorCodeNoModelReadsLandsAndTheFileNoteNamesTheCodeMeant() {
        mapper.map(new TabularRow(2, with("指標コード", "measure_achievment_rate")));

        assertThat(mapper.finish()).containsExactly("指標コード 'measure_achievment_rate' (1 row(s)) is read by no "
                + "model of the project, so it counts in no figure; did you mean measure_achievement_rate?");
    }

    @Test
    void valueThatIsNotANumberIsKeptAsPublishedWithoutAValue() {
        MappedRow row = mapper.map(new TabularRow(2, with("公表値", "集計中", "状態", "", "出典", ""))).get(0);

        assertThat(value(row, "value_text")).isEqualTo("集計中");
        assertThat(value(row, "value")).isNull();
        assertThat(value(row, "unit")).isNull();
        assertThat(value(row, "status")).isNull();
        assertThat(value(row, "source")).isNull();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            地域コード | 14000                    | 地域コード: '14000' is not a 6-digit local government code such as 140007
            地域コード | 140000                   | 地域コード: '140000' has a wrong check digit (for 14000 it is 7); check the code for a typing error
            地域コード | 141011                   | 地域コード: '141011' is 横浜市 鶴見区, a ward of 横浜市; a designated city reports as a whole under 141003
            期間       | 2202                     | 期間: fiscal year 2202 is outside the plausible years 2010–2027 (plausible_fiscal_years in ebpm_project.yml: from its earliest to this run's fiscal year + after_as_of); check it for a typing error
            期間種別   | Q                        | 期間種別: 'Q' is not one of FY, CY, MONTH, DAY
            期間       | 去年                     | 期間: '去年' is not a fiscal year (write 2019 or 令和元年度)
            指標コード | Measure_Achievement_Rate | 指標コード: 'Measure_Achievement_Rate' is not a code such as measure_achievement_rate
            区分       | ''                       | 区分: is empty
            公表値     | ''                       | 公表値: is empty
            """)
    void rejectsARowWithTheColumnAndWhatIsWrong(String column, String cell, String reason) {
        TabularRow row = new TabularRow(2, with(column, cell));

        assertThatThrownBy(() -> mapper.map(row))
                .isInstanceOf(RejectedRowException.class)
                .hasMessage(reason);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            CY    | 令和元年 | 期間: '令和元年' is not a calendar year such as 2019
            MONTH | 2019-4   | 期間: '2019-4' is not a month such as 2019-04
            DAY   | 2019/4/1 | 期間: '2019/4/1' is not a date such as 2019-04-01
            """)
    void rejectsAPeriodNotWrittenAsItsTypeSays(String periodType, String period, String reason) {
        TabularRow row = new TabularRow(2, with("期間種別", periodType, "期間", period));

        assertThatThrownBy(() -> mapper.map(row))
                .isInstanceOf(RejectedRowException.class)
                .hasMessage(reason);
    }

    @Test
    void headerWithoutPublishedValueIsAFileProblemNamingTheColumn() {
        List<String> header = HEADER.stream().filter(column -> !column.equals("公表値")).toList();

        assertThatThrownBy(() -> new ObservationSource(Project.builtIn(), PlausibleYears.of(Project.builtIn(), LocalDate.of(2026, 11, 21))).newMapper(FILE, header))
                .isInstanceOf(LandingFileException.class)
                .hasMessageStartingWith("ict-plan-achievement-rates-fy2019.csv: missing column(s) 公表値; ");
    }

    private static Object value(MappedRow row, String column) {
        return row.values()[LakeTables.OBSERVATIONS.indexOf(column)];
    }

    /** The FY2019 overall rate with the cells under the named columns replaced. */
    private static List<String> with(String... columnsAndCells) {
        List<String> cells = new ArrayList<>(OVERALL_RATE_FY2019);
        for (int i = 0; i < columnsAndCells.length; i += 2) {
            cells.set(HEADER.indexOf(columnsAndCells[i]), columnsAndCells[i + 1]);
        }
        return cells;
    }
}
