package ebpm.analytics.indicatordb;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Schema versions on a DuckDB file, the embedded default. */
class DuckDbIndicatorDatabaseSchemaTest extends IndicatorDatabaseSchemaContract {

    @TempDir
    Path folder;

    @Override
    IndicatorStore newStore() {
        return IndicatorStore.duckDbFile(folder.resolve("indicators.duckdb"));
    }
}
