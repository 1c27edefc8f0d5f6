package ebpm.analytics.engine;

import ebpm.analytics.catalog.Layer;
import ebpm.analytics.catalog.Model;
import ebpm.analytics.catalog.ModelCatalog;
import ebpm.analytics.lake.LakeTable;
import ebpm.analytics.lake.LakeTables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The default engine: one in-process DuckDB connection on the indicator database file, with the lake's Parquet
 * files as {@code src_*} views and the catalog's staging and intermediate models as views on top of them.
 */
public final class DuckDbSession implements IndicatorEngine {

    private final Connection connection;

    private DuckDbSession(Connection connection) {
        this.connection = connection;
    }

    /** Opens the database file (created if absent) and exposes the lake and the catalog's views. */
    public static DuckDbSession open(Path database, Path lake, ModelCatalog catalog) throws SQLException {
        try {
            Files.createDirectories(database.toAbsolutePath().getParent());
        } catch (java.io.IOException e) {
            throw new SQLException("cannot create folder for " + database, e);
        }
        Connection connection = DriverManager.getConnection("jdbc:duckdb:" + database.toAbsolutePath());
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
                statement.execute(LakeViews.createView(table, lake));
            }
        }
    }

    private void registerViews(ModelCatalog catalog) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (Model model : catalog.models()) {
                if (model.layer() != Layer.INDICATOR) {
                    try {
                        statement.execute("CREATE OR REPLACE TEMP VIEW " + model.name() + " AS " + model.sql());
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
