package ebpm.bench;

import ebpm.analytics.catalog.Model;
import ebpm.analytics.catalog.ModelCatalog;
import ebpm.analytics.engine.IndicatorEngine;
import ebpm.analytics.engine.IndicatorEngines;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * The whole indicator catalog over a lake on one engine (DuckDB or Spark), as the indicator step runs it (a session
 * over the lake, every indicator model in order) without the upsert into the indicator database. Run as a program
 * it is the cold case: a fresh JVM that computes the catalog once.
 */
final class IndicatorCatalogRun {

    private IndicatorCatalogRun() {
    }

    /** @return the number of indicator values computed */
    static long run(String engineName, Path lake, ModelCatalog catalog) throws SQLException {
        long values = 0;
        try (IndicatorEngine engine = IndicatorEngines.open(engineName, lake, catalog)) {
            for (Model model : catalog.indicators()) {
                values += engine.evaluate(model).size();
            }
        }
        return values;
    }

    /** {@code IndicatorCatalogRun LAKE [ENGINE]}: prints the number of values. */
    public static void main(String[] args) throws SQLException {
        long values = run(args.length > 1 ? args[1] : IndicatorEngines.DUCKDB, Path.of(args[0]), ModelCatalog.load());
        System.out.println("values " + values);
    }
}
