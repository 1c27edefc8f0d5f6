package ebpm.analytics.engine;

import ebpm.analytics.catalog.Model;
import ebpm.analytics.catalog.ModelCatalog;
import ebpm.analytics.indicatordb.IndicatorDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/** Runs every indicator model of the catalog and upserts its values into the indicator database. */
public final class IndicatorComputation {

    /** What one indicator model produced in a run. */
    /** @param withdrawn stored values whose keys this run no longer computed, taken out */
    public record Outcome(String model, String indicatorCode, int values, int changed, int withdrawn) {
    }

    private final ModelCatalog catalog;

    public IndicatorComputation(ModelCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * Computes every indicator first, then stores them all in one transaction: consumers never see half a night's
     * values, and the database is not held while a (possibly long) cluster job runs. The values are small (one row
     * per indicator key) and are written here the same way whichever engine computed them.
     *
     * @param progress told after each indicator is computed, with its values, e.g. to log where a long step is
     */
    public List<Outcome> run(IndicatorEngine engine, IndicatorDatabase database, String runId, Instant at,
                             BiConsumer<Model, List<IndicatorValue>> progress) throws SQLException {
        Map<Model, List<IndicatorValue>> computed = new LinkedHashMap<>();
        for (Model model : catalog.indicators()) {
            List<IndicatorValue> values = engine.evaluate(model);
            computed.put(model, values);
            progress.accept(model, values);
        }
        Connection connection = database.connection();
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            List<Outcome> outcomes = new ArrayList<>();
            for (Map.Entry<Model, List<IndicatorValue>> entry : computed.entrySet()) {
                Model model = entry.getKey();
                database.define(model);
                String code = model.indicator().orElseThrow().code();
                int changed = database.upsert(code, entry.getValue(), runId, at);
                int withdrawn = database.withdrawOthers(code, entry.getValue(), runId, at);
                outcomes.add(new Outcome(model.name(), code, entry.getValue().size(), changed, withdrawn));
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
