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
import java.util.Set;
import java.util.function.BiConsumer;

/** Runs every indicator model of the catalog and upserts its values into the indicator database. */
public final class IndicatorComputation {

    /**
     * What one indicator model produced in a run.
     *
     * @param withdrawn stored values whose keys this run no longer computed, taken out
     * @param heldBack  whether its values were computed but not stored, a data check having failed
     *                  ({@link Gate}): its previous values stay
     */
    public record Outcome(String model, String indicatorCode, int values, int changed, int withdrawn,
                          boolean heldBack) {
    }

    /** Looks at every indicator's computed values before any is stored, and names those not to store tonight. */
    @FunctionalInterface
    public interface Gate {
        Gate NONE = computed -> Set.of();

        /** The names of the indicator models whose values are not stored: their previous values stay. */
        Set<String> heldBack(Map<Model, List<IndicatorValue>> computed) throws SQLException;
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
        return run(engine, database, runId, at, progress, Gate.NONE);
    }

    /** The same, storing only the indicators the gate lets through (the night's data checks). */
    public List<Outcome> run(IndicatorEngine engine, IndicatorDatabase database, String runId, Instant at,
                             BiConsumer<Model, List<IndicatorValue>> progress, Gate gate) throws SQLException {
        Map<Model, List<IndicatorValue>> computed = new LinkedHashMap<>();
        for (Model model : catalog.indicators()) {
            List<IndicatorValue> values = engine.evaluate(model);
            computed.put(model, values);
            progress.accept(model, values);
        }
        Set<String> heldBack = gate.heldBack(computed);
        Connection connection = database.connection();
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            List<Outcome> outcomes = new ArrayList<>();
            for (Map.Entry<Model, List<IndicatorValue>> entry : computed.entrySet()) {
                Model model = entry.getKey();
                database.define(model);
                String code = model.indicator().orElseThrow().code();
                if (heldBack.contains(model.name())) {
                    // Neither upserted nor withdrawn: consumers keep reading the values of the last good night.
                    outcomes.add(new Outcome(model.name(), code, entry.getValue().size(), 0, 0, true));
                    continue;
                }
                int changed = database.upsert(code, entry.getValue(), runId, at);
                int withdrawn = database.withdrawOthers(code, entry.getValue(), runId, at);
                outcomes.add(new Outcome(model.name(), code, entry.getValue().size(), changed, withdrawn, false));
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
