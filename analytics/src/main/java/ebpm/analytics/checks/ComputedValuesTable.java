package ebpm.analytics.checks;

import ebpm.analytics.engine.IndicatorValue;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * An indicator model's computed values as a DuckDB table with the model's columns, so that its checks run on what
 * the engine returned, whichever engine it was (DuckDB or Spark), before anything is stored.
 */
final class ComputedValuesTable {

    static final String NAME = "computed_values";

    private ComputedValuesTable() {
    }

    /** Replaces the table's rows with these values. */
    static void fill(Connection duckDb, List<IndicatorValue> values) throws SQLException {
        try (Statement statement = duckDb.createStatement()) {
            statement.execute("CREATE OR REPLACE TABLE " + NAME + " (area_code VARCHAR, breakdown VARCHAR, "
                    + "period_type VARCHAR, period VARCHAR, value DOUBLE, target DOUBLE, value_status VARCHAR)");
        }
        try (DuckDBAppender appender = duckDb.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, NAME)) {
            for (IndicatorValue value : values) {
                appender.beginRow();
                appender.append(value.areaCode()).append(value.breakdown()).append(value.periodType())
                        .append(value.period()).append(value.value()).append(value.target())
                        .append(value.status());
                appender.endRow();
            }
        }
    }
}
