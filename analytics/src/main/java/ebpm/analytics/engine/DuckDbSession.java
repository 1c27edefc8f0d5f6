package ebpm.analytics.engine;

import ebpm.analytics.catalog.Layer;
import ebpm.analytics.catalog.Model;
import ebpm.analytics.catalog.ModelCatalog;
import ebpm.analytics.lake.LakeTable;
import ebpm.analytics.lake.LakeTables;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The default engine: one in-process, in-memory DuckDB connection with the lake's Parquet files as {@code src_*}
 * views and the catalog's staging and intermediate models as views on top of them. It holds no state of its own:
 * the indicator database it feeds is a separate connection (a DuckDB file or PostgreSQL).
 */
public final class DuckDbSession implements IndicatorEngine {

    private final Connection connection;
    private final Map<String, String> views = new LinkedHashMap<>();

    private DuckDbSession(Connection connection) {
        this.connection = connection;
    }

    /** Opens an in-memory database that exposes the lake and the catalog's views. */
    public static DuckDbSession open(Path lake, ModelCatalog catalog) throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        DuckDbSession session = new DuckDbSession(connection);
        try {
            session.registerLake(lake);
            session.registerViews(catalog);
        } catch (SQLException e) {
            session.close();
            throw e;
        }
        return session;
    }

    public Connection connection() {
        return connection;
    }

    /**
     * The statements this session ran to create its views, by view name, in the order they ran (lake tables,
     * then models): what another DuckDB connection runs to see the same views.
     */
    public Map<String, String> views() {
        return Collections.unmodifiableMap(views);
    }

    @Override
    public String description() {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT version()")) {
            rows.next();
            return "DuckDB " + rows.getString(1);
        } catch (SQLException e) {
            return "DuckDB";
        }
    }

    @Override
    public List<IndicatorValue> evaluate(Model model) throws SQLException {
        String code = model.indicatorCode();
        List<IndicatorValue> values = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(model.sql())) {
            boolean hasTarget = hasColumn(rows, "target");
            while (rows.next()) {
                values.add(new IndicatorValue(code, rows.getString("area_code"), rows.getString("breakdown"),
                        rows.getString("period_type"), rows.getString("period"), nullableDouble(rows, "value"),
                        hasTarget ? nullableDouble(rows, "target") : null));
            }
        } catch (SQLException e) {
            throw new SQLException("indicator model " + model.name() + " failed: " + e.getMessage(), e);
        }
        return values;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }

    private void registerLake(Path lake) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (LakeTable table : LakeTables.ALL) {
                String view = LakeViews.createView(table, lake);
                statement.execute(view);
                views.put(table.sourceView(), view);
            }
        }
    }

    private void registerViews(ModelCatalog catalog) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (Model model : catalog.models()) {
                if (model.layer() != Layer.INDICATOR) {
                    String view = "CREATE OR REPLACE TEMP VIEW " + model.name() + " AS " + model.sql();
                    try {
                        statement.execute(view);
                        views.put(model.name(), view);
                    } catch (SQLException e) {
                        throw new SQLException("model " + model.name() + " failed: " + e.getMessage(), e);
                    }
                }
            }
        }
    }

    private static boolean hasColumn(ResultSet rows, String name) throws SQLException {
        for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
            if (rows.getMetaData().getColumnLabel(i).equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    private static Double nullableDouble(ResultSet rows, String column) throws SQLException {
        double value = rows.getDouble(column);
        return rows.wasNull() ? null : value;
    }
}
