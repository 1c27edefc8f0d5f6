package ebpm.analytics.engine;

import ebpm.analytics.catalog.ModelCatalog;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Chooses the engine that computes the indicators by name ({@code ebpm.engine=duckdb|spark}). DuckDB is built in
 * and runs on the indicator database itself ({@link DuckDbSession}); other engines come from providers.
 */
public final class IndicatorEngines {

    public static final String DUCKDB = "duckdb";

    private IndicatorEngines() {
    }

    /** Every engine name that can be chosen here: {@code duckdb} and those of the providers on the classpath. */
    public static List<String> names() {
        List<String> names = new ArrayList<>(List.of(DUCKDB));
        ServiceLoader.load(IndicatorEngineProvider.class).forEach(provider -> names.add(provider.name()));
        return names;
    }

    /** Opens a provided engine (not {@code duckdb}, which is the indicator database's own session). */
    public static IndicatorEngine open(String name, Path lake, ModelCatalog catalog) throws SQLException {
        if (DUCKDB.equals(name)) {
            throw new IllegalArgumentException("duckdb runs on the indicator database: open a DuckDbSession");
        }
        for (IndicatorEngineProvider provider : ServiceLoader.load(IndicatorEngineProvider.class)) {
            if (provider.name().equals(name)) {
                return provider.open(lake.toAbsolutePath().normalize().toUri().toString(), catalog);
            }
        }
        throw new IllegalArgumentException("no indicator engine named '" + name + "'; choose one of " + names());
    }
}
