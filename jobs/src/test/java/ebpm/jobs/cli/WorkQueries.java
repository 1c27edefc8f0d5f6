package ebpm.jobs.cli;

import ebpm.analytics.engine.QueryRows;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

/** Reads what a run left in a work folder: SQL on its indicator database, where the lake's Parquet is reachable too. */
public final class WorkQueries {

    private WorkQueries() {
    }

    public static List<List<Object>> query(Path work, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + work.resolve("indicators.duckdb"))) {
            return QueryRows.of(connection, sql);
        }
    }
}
