package ebpm.analytics.engine;

import ebpm.analytics.catalog.ModelCatalog;
import java.sql.SQLException;

/**
 * An engine other than the built-in DuckDB, found on the classpath through {@code META-INF/services}, so that this
 * module stays light and knows nothing of Spark; {@code spark-engine} provides {@code spark}.
 */
public interface IndicatorEngineProvider {

    /** The name users choose it by, e.g. {@code spark}. */
    String name();

    /**
     * Opens the engine with the lake's tables as {@code src_*} views and the catalog's staging and intermediate
     * models as views on top of them.
     *
     * @param lake the lake's root folder as a URI ({@code file:/…}, {@code hdfs://…}, {@code s3a://…})
     */
    IndicatorEngine open(String lake, ModelCatalog catalog) throws SQLException;
}
