package ebpm.analytics.indicatordb;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The indicator database on a DuckDB file, the embedded default. */
class DuckDbIndicatorDatabaseTest extends IndicatorDatabaseContract {

    @TempDir
    Path folder;

    @Override
    IndicatorStore newStore() {
        return IndicatorStore.duckDbFile(folder.resolve("indicators.duckdb"));
    }
}
