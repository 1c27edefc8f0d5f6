package ebpm.jobs.observations;

import java.time.LocalDate;
import ebpm.jobs.landing.PlausibleYears;
import ebpm.analytics.project.Project;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ebpm.analytics.lake.LakeTables;
import ebpm.jobs.landing.MappedRow;
import ebpm.jobs.landing.RejectedRowException;
import ebpm.jobs.landing.RowMapper;
import ebpm.jobs.landing.TabularRow;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class VisitorStatisticsRowMapperTest {

    private static final List<String> HEADER = List.of("calendar_year", "visitors_as_published", "status", "source");

    private final RowMapper mapper = new ObservationSource(Project.builtIn(), PlausibleYears.of(Project.builtIn(), LocalDate.of(2026, 11, 21))).newMapper(Path.of("visitors.csv"), HEADER);

    @Test
    void aPublishedYearBecomesAnObservationInPersonsWithItsTextKept() {
        MappedRow row = mapper.map(row("2016", "1億9,033万人", "速報", "kankokeizai.com")).get(0);

        assertThat(value(row, "indicator_code")).isEqualTo("tourism_visitors");
        assertThat(value(row, "area_code")).isEqualTo("140007");
        assertThat(value(row, "period_type")).isEqualTo("CY");
        assertThat(value(row, "period")).isEqualTo("2016");
        assertThat(value(row, "value")).isEqualTo(190_330_000.0);
        assertThat(value(row, "unit")).isEqualTo("人");
        assertThat(value(row, "value_text")).isEqualTo("1億9,033万人");
        assertThat(value(row, "status")).isEqualTo("速報");
    }

    @Test
    void rowsThatCannotBeReadAreRejectedWithTheirReason() {
        assertThatThrownBy(() -> mapper.map(row("H28", "1億人", "確報", "x"))).isInstanceOf(RejectedRowException.class)
                .hasMessage("calendar_year: 'H28' is not a calendar year such as 2019");
        assertThatThrownBy(() -> mapper.map(row("2016", "約2億人", "確報", "x")))
                .hasMessageStartingWith("visitors_as_published: '約2億人' is not a number of persons");
        assertThatThrownBy(() -> mapper.map(row("2016", "2億回", "確報", "x")))
                .hasMessageStartingWith("visitors_as_published: '2億回' is not a number of persons");
        assertThatThrownBy(() -> mapper.map(row("2016", "2億人", "暫定", "x")))
                .hasMessage("status: '暫定' is neither 確報 (final) nor 速報 (preliminary)");
    }

    @Test
    void theLongFormatReadsScaleWordsToo() {
        RowMapper longFormat = new ObservationSource(Project.builtIn(), PlausibleYears.of(Project.builtIn(), LocalDate.of(2026, 11, 21))).newMapper(Path.of("o.csv"),
                List.of("指標コード", "地域コード", "区分", "期間種別", "期間", "公表値", "状態", "出典"));

        MappedRow row = longFormat.map(row("tourism_visitors", "140007", "全体", "CY", "2020", "1億849万人", "確報",
                "x")).get(0);

        assertThat(value(row, "value")).isEqualTo(108_490_000.0);
        assertThat(value(row, "unit")).isEqualTo("人");
    }

    private static TabularRow row(String... cells) {
        return new TabularRow(2, List.of(cells));
    }

    private static Object value(MappedRow row, String column) {
        return row.values()[LakeTables.OBSERVATIONS.indexOf(column)];
    }
}
