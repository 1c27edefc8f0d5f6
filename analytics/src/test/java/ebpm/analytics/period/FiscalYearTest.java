package ebpm.analytics.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FiscalYearTest {

    @Test
    void fiscalYearTurnsOnTheFirstOfApril() {
        assertThat(FiscalYear.of(LocalDate.of(2021, 3, 31))).isEqualTo(2020);
        assertThat(FiscalYear.of(LocalDate.of(2021, 4, 1))).isEqualTo(2021);
        assertThat(FiscalYear.start(2020)).isEqualTo(LocalDate.of(2020, 4, 1));
        assertThat(FiscalYear.end(2020)).isEqualTo(LocalDate.of(2021, 3, 31));
    }

    @ParameterizedTest
    @CsvSource({
            "2020, 2020", "2020年度, 2020", "令和2年度, 2020", "R2, 2020", "r2, 2020", "令和元年度, 2019",
            "平成31年度, 2019", "H31, 2019", "２０２０, 2020", "令和２年度, 2020", "平成28年度, 2016"})
    void parsesTheWaysOfficesWriteAFiscalYear(String text, int expected) {
        assertThat(FiscalYear.parse(text)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"20", "FY", "令和", "2020-04"})
    void rejectsWhatIsNotAFiscalYear(String text) {
        assertThat(FiscalYear.parse(text)).isEmpty();
    }

    @Test
    void writesTheJapaneseEraForPlanners() {
        assertThat(FiscalYear.japanese(2020)).isEqualTo("令和2年度");
        assertThat(FiscalYear.japanese(2019)).isEqualTo("令和元年度");
        assertThat(FiscalYear.japanese(2018)).isEqualTo("平成30年度");
    }
}
