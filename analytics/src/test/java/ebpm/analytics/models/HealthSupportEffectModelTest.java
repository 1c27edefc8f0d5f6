package ebpm.analytics.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ebpm.analytics.catalog.ModelCatalog;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Welch interval of int_health_support_effect, run as the catalog's SQL on DuckDB with its input views made by
 * hand: on a case worked out on paper, and its t quantile against the exact t distribution.
 */
class HealthSupportEffectModelTest {

    private static final ModelCatalog CATALOG = ModelCatalog.load();

    private Connection connection;

    @BeforeEach
    void connect() throws SQLException {
        connection = DriverManager.getConnection("jdbc:duckdb:");
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    /**
     * Supported projects improved by 2, 4 and 6%, the others by 1, 1, 3 and 3%.
     * Means 4 and 2, difference 2. Sample variances: (4 + 0 + 4) / 2 = 4 and (1 + 1 + 1 + 1) / 3 = 4/3, so the
     * squared standard errors are 4/3 and 1/3, se = √(5/3) = 1.29099. Welch–Satterthwaite:
     * df = (5/3)² / ((4/3)²/2 + (1/3)²/3) = (25/9) / (8/9 + 1/27) = (25/9) / (25/27) = 3.
     * t(0.975; 3) = 3.18245 (3.182 in any printed t table), half-width 3.18245 × 1.29099 = 4.10852:
     * the interval is 2 ± 4.109 = (−2.109, 6.109). It contains 0: three and four projects say little.
     */
    @Test
    void intervalOfTheCaseWorkedOutByHand() throws SQLException {
        evaluations(2020, true, 2, 4, 6);
        evaluations(2020, false, 1, 1, 3, 3);

        Map<String, Object> effect = effectRows().get(0);

        assertThat(effect).containsEntry("fiscal_year", 2020)
                .containsEntry("supported_n", 3L).containsEntry("unsupported_n", 4L);
        assertThat((Double) effect.get("supported_mean")).isCloseTo(4.0, within(1e-12));
        assertThat((Double) effect.get("unsupported_mean")).isCloseTo(2.0, within(1e-12));
        assertThat((Double) effect.get("difference")).isCloseTo(2.0, within(1e-12));
        assertThat((Double) effect.get("standard_error")).isCloseTo(1.29099, within(1e-5));
        assertThat((Double) effect.get("welch_df")).isCloseTo(3.0, within(1e-9));
        assertThat((Double) effect.get("t_df")).isEqualTo(3.0);
        assertThat((Double) effect.get("t_975")).isCloseTo(3.18245, within(2e-5));
        assertThat((Double) effect.get("ci_lower")).isCloseTo(-2.10852, within(1e-4));
        assertThat((Double) effect.get("ci_upper")).isCloseTo(6.10852, within(1e-4));
    }

    @Test
    void noIntervalWhenAGroupHasFewerThanTwoOutcomes() throws SQLException {
        evaluations(2018, true, 3.5);
        evaluations(2018, false, 1, 2, 3);
        evaluations(2017, false, 1, 2, 3);

        List<Map<String, Object>> rows = effectRows();

        assertThat(rows).extracting(row -> row.get("fiscal_year")).containsExactly(2017, 2018);
        assertThat(rows.get(0)).containsEntry("supported_evaluations", 0L).containsEntry("supported_mean", null)
                .containsEntry("ci_lower", null);
        assertThat(rows.get(1)).containsEntry("supported_n", 1L).containsEntry("welch_df", null)
                .containsEntry("t_df", null).containsEntry("t_975", null)
                .containsEntry("ci_lower", null).containsEntry("ci_upper", null);
        assertThat((Double) rows.get(1).get("difference")).isCloseTo(1.5, within(1e-12));
    }

    /**
     * Each fiscal year k gets a supported group of k + 1 outcomes with variance 1 and an unsupported group of two
     * equal outcomes, whose variance 0 makes the Welch degrees of freedom exactly n₁ − 1 = k.
     */
    @Test
    void tQuantileMatchesTheExactTDistributionForEveryWholeDegreeOfFreedom() throws SQLException {
        List<Integer> degrees = new ArrayList<>();
        for (int df = 1; df <= 300; df++) {
            degrees.add(df);
        }
        degrees.addAll(List.of(500, 1000, 10_000, 100_000));
        StringBuilder groups = new StringBuilder();
        for (int df : degrees) {
            groups.append(groups.isEmpty() ? "" : ", ")
                    .append("(%d, true, %d, %d, 0.0, 1.0), (%d, false, 2, 2, 0.0, 0.0)".formatted(df, df + 1, df + 1, df));
        }
        execute("CREATE VIEW int_health_support_groups AS SELECT * FROM (VALUES " + groups
                + ") AS g(fiscal_year, prefecture_supported, evaluations, with_outcome, mean_improvement_rate, variance)");

        for (Map<String, Object> row : rows(CATALOG.model("int_health_support_effect").sql())) {
            int df = (Integer) row.get("fiscal_year");
            double exact = new TDistribution(df).inverseCumulativeProbability(0.975);
            assertThat((Double) row.get("t_df")).as("df").isEqualTo(df);
            assertThat((Double) row.get("t_975")).as("t(0.975; %d)", df).isCloseTo(exact, within(2e-5));
        }
    }

    private void evaluations(int fiscalYear, boolean supported, double... improvementRates) throws SQLException {
        execute("CREATE TABLE IF NOT EXISTS int_health_evaluations "
                + "(fiscal_year INTEGER, prefecture_supported BOOLEAN, improvement_rate DOUBLE)");
        for (double rate : improvementRates) {
            execute("INSERT INTO int_health_evaluations VALUES (" + fiscalYear + ", " + supported + ", " + rate + ")");
        }
    }

    /** The groups model and then the effect model, as the engine chains them. */
    private List<Map<String, Object>> effectRows() throws SQLException {
        execute("CREATE OR REPLACE VIEW int_health_support_groups AS " + CATALOG.model("int_health_support_groups").sql());
        return rows(CATALOG.model("int_health_support_effect").sql() + " ORDER BY fiscal_year");
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private List<Map<String, Object>> rows(String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            List<Map<String, Object>> rows = new ArrayList<>();
            while (result.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= result.getMetaData().getColumnCount(); i++) {
                    row.put(result.getMetaData().getColumnLabel(i), result.getObject(i));
                }
                rows.add(row);
            }
            return rows;
        }
    }
}
