package ebpm.analytics.engine;

import ebpm.analytics.catalog.ModelCatalog;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Chooses the engine that computes the indicators by name ({@code ebpm.engine=duckdb|spark}). DuckDB is built in
 * ({@link DuckDbSession}, in-memory over the lake); other engines come from providers.
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

    /** Opens the engine of that name over the lake, with the catalog's views in place. */
    public static IndicatorEngine open(String name, Path lake, ModelCatalog catalog) throws SQLException {
        return open(name, lake, catalog, Optional.empty());
    }

    /**
     * The same, letting the engine keep rows between runs in {@code modelCache} (DuckDB keeps the models computed
     * per lake partition there; Spark, made for lakes too large to keep on a local disk, computes everything).
     */
    public static IndicatorEngine open(String name, Path lake, ModelCatalog catalog, Path modelCache)
            throws SQLException {
        return open(name, lake, catalog, Optional.of(modelCache));
    }

    private static IndicatorEngine open(String name, Path lake, ModelCatalog catalog, Optional<Path> modelCache)
            throws SQLException {
        if (DUCKDB.equals(name)) {
            return DuckDbSession.open(lake, catalog, modelCache);
        }
        for (IndicatorEngineProvider provider : ServiceLoader.load(IndicatorEngineProvider.class)) {
            if (provider.name().equals(name)) {
                return provider.open(lake.toAbsolutePath().normalize().toUri().toString(), catalog);
            }
        }
        throw new IllegalArgumentException("no indicator engine named '" + name + "'; choose one of " + names());
    }
}
