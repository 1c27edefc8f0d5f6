package ebpm.evidence.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ebpm.evidence.catalog.EvidenceDefinition;
import ebpm.evidence.catalog.EvidenceParameter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Filters resolved on a real DuckDB connection: given, defaulted from the data, or "no data yet". */
class EvidenceQueryTest {

    private static final EvidenceParameter LATEST_YEAR = new EvidenceParameter("fy", "年度", "fiscal_year",
            "SELECT max(fiscal_year) FROM years");

    @Test
    void aFilterLeftOutTakesItsDefaultFromTheData() throws Exception {
        try (Connection connection = connectionWith("INSERT INTO years VALUES (2019), (2020)")) {
            assertThat(new EvidenceQuery(connection).resolve(table(), Map.of())).containsEntry("fy", 2020);
            assertThat(new EvidenceQuery(connection).resolve(table(), Map.of("fy", "R1"))).containsEntry("fy", 2019);
        }
    }

    @Test
    void aDefaultThatFindsNothingSaysNoDataYetNamingTheTableAndTheFilter() throws Exception {
        try (Connection connection = connectionWith("SELECT 1")) {
            assertThatThrownBy(() -> new EvidenceQuery(connection).resolve(table(), Map.of()))
                    .isInstanceOfSatisfying(NoDataYetException.class, noData -> {
                        assertThat(noData.table()).isEqualTo("by-year");
                        assertThat(noData.parameter()).isEqualTo("fy");
                    })
                    .hasMessage("no data for by-year yet: run 'ebpm nightly' first, or give --fy");
        }
    }

    @Test
    void aBrokenDefaultIsAnErrorNotNoData() throws Exception {
        try (Connection connection = connectionWith("DROP TABLE years")) {
            assertThatThrownBy(() -> new EvidenceQuery(connection).resolve(table(), Map.of()))
                    .isNotInstanceOf(NoDataYetException.class)
                    .hasMessageContaining("years");
        }
    }

    private static EvidenceDefinition table() {
        return new EvidenceDefinition("by-year", "年度別", "d", "one row", "SELECT * FROM params",
                List.of(LATEST_YEAR), List.of(), Map.of());
    }

    private static Connection connectionWith(String sql) throws Exception {
        Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE years (fiscal_year INTEGER)");
            statement.execute(sql);
        }
        return connection;
    }
}
