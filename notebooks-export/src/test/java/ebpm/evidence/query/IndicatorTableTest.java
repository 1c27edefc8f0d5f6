package ebpm.evidence.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ebpm.analytics.engine.ReferenceViews;
import ebpm.analytics.indicatordb.IndicatorDatabase;
import ebpm.analytics.project.Project;
import ebpm.analytics.project.ReferenceTable;
import ebpm.evidence.catalog.EvidenceCatalog;
import ebpm.evidence.catalog.EvidenceDefinition;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * The built-in evidence table {@code indicator} on hand-made values: each period beside the one right before it,
 * never an older one, for every period type.
 */
class IndicatorTableTest {

    private final EvidenceDefinition indicator = EvidenceCatalog.load().definition("indicator");
    private Connection connection;

    @BeforeEach
    void session() throws SQLException {
        connection = DriverManager.getConnection("jdbc:duckdb:");
        IndicatorDatabase.createEvidenceTables(connection);
        try (Statement statement = connection.createStatement()) {
            for (ReferenceTable table : Project.builtIn().referenceTables().values()) {
                statement.execute(ReferenceViews.createView(table));
            }
            statement.execute("INSERT INTO indicator VALUES ('visitors', '延観光客数', '人', 'FY', true, 'd', "
                    + "'ind_visitors')");
        }
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void aYearIsComparedWithTheYearBeforeAndAGapLeavesTheChangeEmpty() throws SQLException {
        values("visitors", "140007", "全体", "FY", "2018", 100.0, null);
        values("visitors", "140007", "全体", "FY", "2019", 120.0, 110.0);
        // 2020 has no value: 2021 is not compared with 2019.
        values("visitors", "140007", "全体", "FY", "2021", 90.0, 100.0);
        values("visitors", "141003", "全体", "FY", "2019", 7.0, null);

        Table table = run(Map.of("indicator", "visitors"));

        assertThat(table.columnNames()).containsExactly("指標", "地域", "内訳", "期間", "値", "前期間の値", "増減",
                "増減率(%)", "目標", "目標比(%)", "備考");
        assertThat(rows(table)).containsExactly(
                List.of("延観光客数", "140007 神奈川県", "全体", "2018", 100.0, "", "", "", "", "", ""),
                List.of("延観光客数", "140007 神奈川県", "全体", "2019", 120.0, 100.0, 20.0, 20.0, 110.0, 109.1, ""),
                List.of("延観光客数", "140007 神奈川県", "全体", "2021", 90.0, "", "", "", 100.0, 90.0, ""));
    }

    @Test
    void aValuePublishedAsPreliminaryIsMarkedAndAFinalOrComputedOneIsNot() throws SQLException {
        values("visitors", "140007", "全体", "CY", "2021", 117_250_000.0, null, "確報");
        values("visitors", "140007", "全体", "CY", "2022", 160_000_000.0, null, "速報");
        // Stored before ebpm kept the status: not marked, nothing is known about it.
        values("visitors", "140007", "全体", "CY", "2020", 108_490_000.0, null, null);

        assertThat(rows(run(Map.of("indicator", "visitors")))).extracting(row -> row.get(3), row -> row.get(10))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2020", ""),
                        org.assertj.core.groups.Tuple.tuple("2021", ""),
                        org.assertj.core.groups.Tuple.tuple("2022", "※速報値"));
    }

    @Test
    void aMonthIsComparedWithTheMonthBeforeAcrossTheTurnOfTheYear() throws SQLException {
        values("pv", "140007", "全体", "MONTH", "2020-12", 50.0, null);
        values("pv", "140007", "全体", "MONTH", "2021-01", 40.0, null);
        values("pv", "140007", "全体", "MONTH", "2021-03", 60.0, null);

        assertThat(rows(run(Map.of("indicator", "pv")))).extracting(row -> row.subList(3, 8)).containsExactly(
                List.of("2020-12", 50.0, "", "", ""),
                List.of("2021-01", 40.0, 50.0, -10.0, -20.0),
                List.of("2021-03", 60.0, "", "", ""));
    }

    @Test
    void aDayIsComparedWithTheDayBeforeLeapDaysIncluded() throws SQLException {
        values("pv", "140007", "全体", "DAY", "2024-02-29", 10.0, null);
        values("pv", "140007", "全体", "DAY", "2024-03-01", 15.0, null);
        values("pv", "140007", "全体", "CY", "2023", 1.0, null);

        assertThat(rows(run(Map.of("indicator", "pv")))).extracting(row -> row.subList(3, 7)).containsExactly(
                List.of("2023", 1.0, "", ""),
                List.of("2024-02-29", 10.0, "", ""),
                List.of("2024-03-01", 15.0, 10.0, 5.0));
    }

    @Test
    void withoutABreakdownTheTotalIsShownWhereThereIsOneElseEveryBreakdown() throws SQLException {
        values("visitors", "140007", "全体", "FY", "2020", 10.0, null);
        values("visitors", "140007", "Ⅰ", "FY", "2020", 4.0, null);
        values("projects", "140007", "事業A", "FY", "2020", 1.0, null);
        values("projects", "140007", "事業B", "FY", "2020", 2.0, null);

        assertThat(rows(run(Map.of("indicator", "visitors")))).extracting(row -> row.get(2)).containsExactly("全体");
        assertThat(rows(run(Map.of("indicator", "visitors", "breakdown", "Ⅰ")))).extracting(row -> row.get(2))
                .containsExactly("Ⅰ");
        assertThat(rows(run(Map.of("indicator", "projects")))).extracting(row -> row.get(0), row -> row.get(2))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("projects", "事業A"),
                        org.assertj.core.groups.Tuple.tuple("projects", "事業B"));
    }

    @Test
    void anAreaIsChosenByItsCodeAndNamedFromTheSeeds() throws SQLException {
        values("visitors", "141003", "全体", "FY", "2020", 7.0, null);
        values("visitors", "141011", "全体", "FY", "2020", 3.0, null);

        assertThat(rows(run(Map.of("indicator", "visitors", "area", "141003")))).extracting(row -> row.get(1))
                .containsExactly("141003 横浜市");
        assertThat(rows(run(Map.of("indicator", "visitors", "area", "141011")))).extracting(row -> row.get(1))
                .containsExactly("141011 横浜市 鶴見区");
    }

    @Test
    void theIndicatorMustBeGivenAndTheAreaMustBeACode() {
        assertThatThrownBy(() -> run(Map.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("indicator needs --indicator (指標コード)");
        assertThatThrownBy(() -> run(Map.of("indicator", "visitors", "area", "141004")))
                .hasMessageStartingWith("--area '141004' is not an area code");
        assertThatThrownBy(() -> run(Map.of("indicator", "Visitors!")))
                .hasMessageStartingWith("--indicator 'Visitors!' is not an indicator code");
    }

    private void values(String code, String area, String breakdown, String periodType, String period, Double value,
                        Double target) throws SQLException {
        values(code, area, breakdown, periodType, period, value, target, "計算");
    }

    private void values(String code, String area, String breakdown, String periodType, String period, Double value,
                        Double target, String status) throws SQLException {
        try (var insert = connection.prepareStatement("INSERT INTO indicator_value (indicator_code, area_code, "
                + "breakdown, period_type, period, value, target, value_status, run_id, computed_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'test#1', now())")) {
            List<Object> row = Arrays.asList(code, area, breakdown, periodType, period, value, target, status);
            for (int i = 0; i < row.size(); i++) {
                insert.setObject(i + 1, row.get(i));
            }
            insert.executeUpdate();
        }
    }

    private Table run(Map<String, String> filters) throws SQLException {
        EvidenceQuery query = new EvidenceQuery(connection);
        return query.run(indicator, query.resolve(indicator, filters));
    }

    /** Each row as values; a missing value reads "" (Tablesaw's missing double is NaN, shown blank in exports). */
    private static List<List<Object>> rows(Table table) {
        List<List<Object>> rows = new ArrayList<>();
        for (Row row : table) {
            List<Object> values = new ArrayList<>();
            for (String column : table.columnNames()) {
                Object value = row.getObject(column);
                values.add(value == null || value instanceof Double d && d.isNaN() ? "" : value);
            }
            rows.add(values);
        }
        return rows;
    }
}
