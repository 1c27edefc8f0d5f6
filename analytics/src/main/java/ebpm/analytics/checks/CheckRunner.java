package ebpm.analytics.checks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Runs data checks over a model's rows on a DuckDB connection, counting the offending rows and keeping a few. */
public final class CheckRunner {

    /** Enough to recognise the problem; the rest are one query away. */
    static final int EXAMPLES = 3;

    private final Connection connection;

    public CheckRunner(Connection connection) {
        this.connection = connection;
    }

    /**
     * @param rows where the model's rows are: a table or view name
     * @throws SQLException naming the check when its SQL cannot run (a column the model does not return)
     */
    public CheckResult run(DataCheck check, String rows) throws SQLException {
        String sql = "SELECT *, count(*) OVER () AS offending_rows FROM (" + check.sql(rows)
                + ") AS offending ORDER BY ALL LIMIT " + EXAMPLES;
        long offending = 0;
        List<String> examples = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            ResultSetMetaData columns = result.getMetaData();
            while (result.next()) {
                offending = result.getLong("offending_rows");
                List<String> values = new ArrayList<>();
                for (int i = 1; i < columns.getColumnCount(); i++) {
                    values.add(columns.getColumnLabel(i) + "=" + result.getString(i));
                }
                examples.add(String.join(", ", values));
            }
        } catch (SQLException e) {
            throw new SQLException("data check " + check.name() + " (" + check.model().origin() + ") cannot run: "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
        return new CheckResult(check, offending, examples);
    }
}
