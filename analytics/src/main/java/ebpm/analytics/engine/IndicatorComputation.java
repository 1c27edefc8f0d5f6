package ebpm.analytics.engine;

import ebpm.analytics.catalog.Model;
import ebpm.analytics.catalog.ModelCatalog;
import ebpm.analytics.indicatordb.IndicatorDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Runs every indicator model of the catalog and upserts its values into the indicator database. */
public final class IndicatorComputation {

    /** What one indicator model produced in a run. */
    public record Outcome(String model, String indicatorCode, int values, int changed) {
    }

    private final ModelCatalog catalog;

    public IndicatorComputation(ModelCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * All indicators are stored in one transaction: consumers never see half a night's values.
     *
     * @param progress told after each indicator, e.g. to log where a long computation is
     */
    public List<Outcome> run(DuckDbSession session, IndicatorDatabase database, String runId, Instant at,
                             Consumer<Outcome> progress) throws SQLException {
        Connection connection = database.connection();
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            List<Outcome> outcomes = new ArrayList<>();
            for (Model model : catalog.indicators()) {
                database.define(model);
                List<IndicatorValue> values = session.evaluate(model);
                String code = model.indicator().orElseThrow().code();
                int changed = database.upsert(code, values, runId, at);
                Outcome outcome = new Outcome(model.name(), code, values.size(), changed);
                outcomes.add(outcome);
                progress.accept(outcome);
            }
            connection.commit();
            return outcomes;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }
}
