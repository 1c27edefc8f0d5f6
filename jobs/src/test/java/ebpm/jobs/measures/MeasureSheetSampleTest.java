package ebpm.jobs.measures;

import static org.assertj.core.api.Assertions.assertThat;

import ebpm.jobs.landing.TabularFile;
import ebpm.jobs.landing.TabularFiles;
import ebpm.jobs.landing.TabularOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The parser against every cell of the real FY2020 sheet (the counts were checked by reading the file). */
class MeasureSheetSampleTest {

    private static final Path SHEET = Path.of("..", "sample-data", "landing", "measures",
            "kanagawa-ict-measures-fy2020.csv");

    private static List<Measure> measures;

    /** The three cells of one sheet row that this test cares about. */
    private record Measure(long lineNumber, String indicator, String target, String actual) {
    }

    @BeforeAll
    static void readSheet() throws IOException {
        try (TabularFile sheet = TabularFiles.open(SHEET, TabularOptions.defaults())) {
            int indicator = sheet.header().indexOf("成果指標");
            int target = sheet.header().indexOf("目標");
            int actual = sheet.header().indexOf("実績");
            measures = sheet.rows()
                    .map(row -> new Measure(row.lineNumber(),
                            row.cell(indicator), row.cell(target), row.cell(actual)))
                    .toList();
        }
        assertThat(measures).hasSize(76);
    }

    @Test
    void targetsAndActualsSplitLikeTheirNumberedIndicators() {
        List<Measure> numbered = measures.stream()
                .filter(m -> MeasureCellParser.splitIndicators(m.indicator()).size() > 1)
                .toList();

        assertThat(numbered).extracting(Measure::indicator).containsExactly(
                "(1)宿泊施設紹介ページPV数 (2)月平均PV数",
                "(1)Facebookフォロワー数 (2)Weiboフォロワー数",
                "(1)導入予定台数 (2)導入累計台数",
                "(1)システムの正常稼働 (2)クラウドへのサーバ移行割合");
        for (Measure measure : numbered) {
            int indicators = MeasureCellParser.splitIndicators(measure.indicator()).size();
            assertThat(MeasureCellParser.splitIndicators(measure.target())).as("target on line %d", measure.lineNumber())
                    .hasSize(indicators);
            assertThat(MeasureCellParser.splitIndicators(measure.actual())).as("actual on line %d", measure.lineNumber())
                    .hasSize(indicators);
        }
    }

    @Test
    void readsEveryNumericTargetAndActual() {
        List<Quantity> targets = quantities(Measure::target);
        List<Quantity> actuals = quantities(Measure::actual);

        assertThat(targets.stream().filter(Quantity::isNumber)).hasSize(33);
        assertThat(actuals.stream().filter(Quantity::isNumber)).hasSize(32);
        assertThat(units(targets)).containsExactlyInAnyOrder(
                "", "%", "PV", "アクセス", "システム", "テーマセット", "事務", "人", "件", "台", "回", "市町村", "拠点", "社", "か所");
        assertThat(units(actuals)).isEqualTo(units(targets));
    }

    @Test
    void leavesOnlyFreeTextWithDigitsUnread() {
        List<String> unreadWithDigits = measures.stream()
                .flatMap(m -> List.of(m.target(), m.actual()).stream())
                .flatMap(cell -> MeasureCellParser.splitIndicators(cell).stream())
                .map(MeasureCellParser::parse)
                .filter(q -> !q.isNumber() && q.text().chars().anyMatch(Character::isDigit))
                .map(Quantity::text)
                .toList();

        assertThat(unreadWithDigits).containsExactly(
                "トマト収量20t/10a以上、品質30%以上向上",
                "トマト収量40t/10a以上、A品率40%以上",
                "3システム中2システムの開発完了、1システムの計画策定");
    }

    @Test
    void readsTheSheetsAwkwardActuals() {
        assertThat(quantities(Measure::actual)).contains(
                new Quantity("5,000人以上", 5000.0, "人", "以上", null),
                new Quantity("+1.6%(※)", 1.6, "%", null, "(※)"),
                new Quantity("対象順次拡大(※)", null, null, null, "(※)"),
                new Quantity("未把握", null, null, null, null));
    }

    private static List<Quantity> quantities(Function<Measure, String> column) {
        return measures.stream()
                .flatMap(m -> MeasureCellParser.splitIndicators(column.apply(m)).stream())
                .map(MeasureCellParser::parse)
                .toList();
    }

    private static Set<String> units(List<Quantity> quantities) {
        return quantities.stream().filter(Quantity::isNumber).map(Quantity::unit)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
