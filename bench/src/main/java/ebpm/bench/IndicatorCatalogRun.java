package ebpm.bench;

import ebpm.analytics.catalog.Model;
import ebpm.analytics.catalog.ModelCatalog;
import ebpm.analytics.engine.DuckDbSession;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * The whole indicator catalog over a lake on DuckDB, as the indicator step runs it (a session over the lake, every
 * indicator model in order) without the upsert into the indicator database. Run as a program it is the cold case:
 * a fresh JVM that computes the catalog once.
 */
final class IndicatorCatalogRun {

    private IndicatorCatalogRun() {
    }

    /** @return the number of indicator values computed */
    static long runDuckDb(Path lake, ModelCatalog catalog) throws SQLException {
        long values = 0;
        try (DuckDbSession session = DuckDbSession.open(lake, catalog)) {
            for (Model model : catalog.indicators()) {
                values += session.evaluate(model).size();
            }
        }
        return values;
    }

    public static void main(String[] args) throws SQLException {
        long values = runDuckDb(Path.of(args[0]), ModelCatalog.load());
        System.out.println("values " + values);
    }
}
