package ebpm.evidence.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EvidenceParameterTest {

    @Test
    void readsEachTypeFromCommandLineText() {
        assertThat(parameter("fy", "fiscal_year").parse("令和2年度")).isEqualTo(2020);
        assertThat(parameter("from", "calendar_year").parse(" 2016 ")).isEqualTo(2016);
        assertThat(parameter("municipality", "municipality").parse("141003")).isEqualTo("141003");
        assertThat(parameter("site", "site").parse("kanagawa-now")).isEqualTo("kanagawa-now");
        assertThat(parameter("indicator", "indicator").parse("tourism_visitors")).isEqualTo("tourism_visitors");
        assertThat(parameter("area", "area").parse("140007")).isEqualTo("140007");
        assertThat(parameter("area", "area").parse("141003")).isEqualTo("141003");
        assertThat(parameter("breakdown", "breakdown").parse(" Ⅰ① ")).isEqualTo("Ⅰ①");
    }

    @Test
    void refusesAnIndicatorCodeAnAreaWithoutItsCheckDigitAndAnEmptyBreakdown() {
        assertThatThrownBy(() -> parameter("indicator", "indicator").parse("Tourism Visitors"))
                .hasMessageStartingWith("--indicator 'Tourism Visitors' is not an indicator code; write e.g. "
                        + "tourism_visitors");
        assertThatThrownBy(() -> parameter("area", "area").parse("141004"))
                .hasMessageStartingWith("--area '141004' is not an area code; write e.g. 140007 (the prefecture)");
        assertThatThrownBy(() -> parameter("breakdown", "breakdown").parse("  "))
                .hasMessageStartingWith("--breakdown '  ' is not a breakdown");
    }

    @Test
    void aRequiredParameterHasNoDefault() {
        EvidenceParameter required = new EvidenceParameter("indicator", "指標コード", "indicator", null, true);

        assertThat(required.optional()).isFalse();
        assertThatThrownBy(() -> new EvidenceParameter("indicator", "指標コード", "indicator", "SELECT 'x'", true))
                .hasMessageContaining("is required, so it has no default_sql");
    }

    @Test
    void refusesTextThatIsNotItsTypeNamingTheOption() {
        assertThatThrownBy(() -> parameter("to", "calendar_year").parse("R2"))
                .hasMessage("--to 'R2' is not a calendar year; write e.g. 2020");
        assertThatThrownBy(() -> parameter("municipality", "municipality").parse("14100"))
                .hasMessageContaining("--municipality '14100' is not a municipality code");
        assertThatThrownBy(() -> parameter("site", "site").parse("x'; DROP TABLE t; --"))
                .hasMessageContaining("is not a site id");
    }

    @Test
    void anUnknownTypeIsRefusedWhenTheCatalogLoads() {
        assertThatThrownBy(() -> parameter("q", "text")).hasMessageContaining("unknown type 'text'");
    }

    @Test
    void withoutADefaultTheParameterIsOptional() {
        assertThat(parameter("site", "site").optional()).isTrue();
        assertThat(new EvidenceParameter("fy", "年度", "fiscal_year", "SELECT 2020").optional()).isFalse();
    }

    private static EvidenceParameter parameter(String name, String type) {
        return new EvidenceParameter(name, name, type, null);
    }
}
