package ebpm.jobs.tourism;

import ebpm.jobs.landing.PlausibleYears;
import ebpm.analytics.project.Project;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ebpm.analytics.lake.LakeTables;
import ebpm.jobs.landing.HeaderIndex;
import ebpm.jobs.landing.LandingFileException;
import ebpm.jobs.landing.MappedRow;
import ebpm.jobs.landing.RejectedRowException;
import ebpm.jobs.landing.TabularRow;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.ParameterizedTest;

class PageViewRowMapperTest {

    private static final Path FILE = Path.of("landing", "tourism-pv", "kanagawa-now", "2020-04.csv");
    private static final List<String> JAPANESE = List.of("日付", "ページ パスとスクリーン クラス",
            "ページ タイトルとスクリーン クラス", "表示回数", "アクティブ ユーザー");
    private static final List<String> ENGLISH = List.of("Date", "Page path and screen class",
            "Page title and screen class", "Views", "Active users");

    @Test
    void mapsAPageRowWithItsSiteAndFiscalYear() {
        MappedRow row = single(mapper(JAPANESE).map(row(2, "20200401", "/stay/hakone/", "箱根の宿", "1,442", "1077")));

        assertThat(row.partitionValue()).isEqualTo(2020);
        assertThat(value(row, "site")).isEqualTo("kanagawa-now");
        assertThat(value(row, "view_date")).isEqualTo(LocalDate.of(2020, 4, 1));
        assertThat(value(row, "views")).isEqualTo(1442L);
        assertThat(value(row, "active_users")).isEqualTo(1077L);
    }

    @Test
    void readsEnglishHeadersAsTheJapaneseOnesWhateverTheSpacingOrCase() {
        List<String> header = List.of("date", "Page path and  screen class", "PAGE TITLE AND SCREEN CLASS", "Views");

        MappedRow row = single(mapper(header).map(row(2, "20200401", "/event/x/", "x", "5")));

        assertThat(value(row, "views")).isEqualTo(5L);
        assertThat(value(row, "active_users")).isNull();
        MappedRow english = single(mapper(ENGLISH).map(row(2, "20200401", "/event/x/", "x", "5", "3")));
        assertThat(value(english, "active_users")).isEqualTo(3L);
    }

    @Test
    void aHeaderWithoutViewsIsNoPageReportAndSaysSoInBothLanguages() {
        assertThatThrownBy(() -> Ga4Columns.canonical(FILE, List.of("Date", "Page path and screen class",
                "Page title and screen class", "Users")))
                .isInstanceOf(LandingFileException.class)
                .hasMessageContaining("missing column(s) 表示回数 (Views)");
    }

    @Test
    void aDayOutsideThePlausibleYearsIsRejectedWithTheRange() {
        assertThatThrownBy(() -> mapper(JAPANESE).map(row(2, "20990401", "/", "top", "1")))
                .isInstanceOf(RejectedRowException.class)
                .hasMessageStartingWith("日付: fiscal year 2099 is outside the plausible years 2010–2027");
    }

    @Test
    void theFiscalYearChangesBetweenMarch31AndApril1() {
        PageViewRowMapper mapper = mapper(JAPANESE);

        assertThat(single(mapper.map(row(2, "20210331", "/", "top", "1"))).partitionValue()).isEqualTo(2020);
        assertThat(single(mapper.map(row(3, "20210401", "/", "top", "1"))).partitionValue()).isEqualTo(2021);
    }

    @Test
    void aTotalsRowIsNoPageAndAMatchingOneLeavesNoNote() {
        PageViewRowMapper mapper = mapper(JAPANESE);

        assertThat(mapper.map(row(2, "総計", "", "", "15", "9"))).isEmpty();
        mapper.map(row(3, "20200401", "/a", "a", "10"));
        mapper.map(row(4, "20200401", "/b", "b", "5"));

        assertThat(mapper.finish()).isEmpty();
    }

    @Test
    void aTotalsRowThatDisagreesWithTheRowsIsReported() {
        PageViewRowMapper mapper = mapper(ENGLISH);
        mapper.map(row(2, "20200401", "/a", "a", "10"));
        assertThatThrownBy(() -> mapper.map(row(3, "20200401", "/b", "b", "-5"))).isInstanceOf(RejectedRowException.class);
        assertThat(mapper.map(row(4, "Grand total", "", "", "15"))).isEmpty();

        assertThat(mapper.finish()).containsExactly(
                "totals row (line 4) says 15 views but the rows landed add up to 10 (-5); "
                        + "1 row(s) rejected, see the rejects file");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"20200401", "2020-04-01", "2020/04/01", "2020/4/1", "2020-4-1"})
    void readsTheDayAsGa4OrExcelWritesIt(String written) {
        MappedRow row = single(mapper(JAPANESE).map(row(2, written, "/", "top", "1")));

        assertThat(value(row, "view_date")).isEqualTo(LocalDate.of(2020, 4, 1));
    }

    @Test
    void badRowsAreRejectedWithAReasonNamingTheColumn() {
        PageViewRowMapper mapper = mapper(JAPANESE);

        assertThat(reason(mapper, "1/4/2020", "/a", "1")).isEqualTo("日付: '1/4/2020' is not a date (GA4 writes "
                + "YYYYMMDD, e.g. 20200401; 2020-04-01 and 2020/4/1 are read too)");
        assertThat(reason(mapper, "20200231", "/a", "1")).isEqualTo("日付: '20200231' is no day of the calendar");
        assertThat(reason(mapper, "20200401", "", "1")).isEqualTo("ページ パスとスクリーン クラス: is empty");
        assertThat(reason(mapper, "20200401", "/a", "-3")).isEqualTo("表示回数: '-3' is negative");
        assertThat(reason(mapper, "20200401", "/a", "12.5")).isEqualTo("表示回数: '12.5' is not a whole number");
        assertThat(reason(mapper, "20200401", "/a", "")).isEqualTo("表示回数: is empty");
        assertThat(reason(mapper, "20200401", "/a", "n/a")).isEqualTo("表示回数: 'n/a' is not a whole number");
    }

    private static String reason(PageViewRowMapper mapper, String date, String path, String views) {
        try {
            mapper.map(row(9, date, path, "title", views));
        } catch (RejectedRowException e) {
            return e.reason();
        }
        throw new AssertionError("not rejected: " + date + " " + path + " " + views);
    }

    private PageViewRowMapper mapper(List<String> header) {
        return new PageViewRowMapper("kanagawa-now", HeaderIndex.of(FILE, Ga4Columns.canonical(FILE, header),
                Ga4Columns.REQUIRED), PlausibleYears.of(Project.builtIn(), LocalDate.of(2026, 11, 21)), List.of());
    }

    private static TabularRow row(long line, String... cells) {
        return new TabularRow(line, List.of(cells));
    }

    private static MappedRow single(List<MappedRow> rows) {
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    private static Object value(MappedRow row, String column) {
        return row.values()[LakeTables.PAGE_VIEWS.indexOf(column)];
    }
}
