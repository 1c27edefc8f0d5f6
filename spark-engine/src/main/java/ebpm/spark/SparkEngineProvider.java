package ebpm.spark;

import ebpm.analytics.catalog.ModelCatalog;
import ebpm.analytics.engine.IndicatorEngine;
import ebpm.analytics.engine.IndicatorEngineProvider;
import java.sql.SQLException;

/**
 * {@code ebpm.engine=spark}: the catalog on this JVM's SparkSession ({@link SparkSessions#batch()}), which stays up
 * for the next engine of the same process and stops when the JVM exits.
 */
public final class SparkEngineProvider implements IndicatorEngineProvider {

    @Override
    public String name() {
        return SparkEngine.NAME;
    }

    @Override
    public IndicatorEngine open(String lake, ModelCatalog catalog) throws SQLException {
        return SparkEngine.open(SparkSessions.batch(), lake, catalog);
    }
}
