package ebpm.analytics.engine;

import ebpm.analytics.catalog.Model;
import java.sql.SQLException;
import java.util.List;

/**
 * What runs the indicator catalog over the lake: DuckDB in-process (the default) or Spark (the same SQL files, at
 * cluster scale). The values it returns are small and are stored by {@link IndicatorComputation} whatever the engine.
 */
public interface IndicatorEngine extends AutoCloseable {

    /** The engine and its version as a run reports it, e.g. {@code DuckDB v1.4.1}, {@code Spark 4.1.3 local[2]}. */
    String description();

    /** Runs one indicator model and returns its rows as indicator values. */
    List<IndicatorValue> evaluate(Model model) throws SQLException;

    @Override
    void close() throws SQLException;
}
