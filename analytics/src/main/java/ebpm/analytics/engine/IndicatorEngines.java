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
 * ({@link DuckDbSession}, in-memory over the lake); other engines come from providers, on the class path (tests,
 * spark-submit) or in the add-on folder ({@link EngineAddOns}: the distribution's {@code lib/spark}), whose engine
 * runs with its class loader as the thread's context class loader (Spark and Hadoop load classes by name through it).
 */
public final class IndicatorEngines {

    public static final String DUCKDB = "duckdb";

    private IndicatorEngines() {
    }

    /** Every engine name that can be chosen here: {@code duckdb} and those of the providers on the classpath. */
    public static List<String> names() {
        List<String> names = new ArrayList<>(List.of(DUCKDB));
        providers().forEach(provider -> names.add(provider.name()));
        return names;
    }

    /**
     * The sentence for a name no engine has: for {@code spark} where the add-on is not installed, how to get it.
     */
    public static String unknown(String name) {
        return EngineAddOns.notInstalled(name, names());
    }

    /** The providers on the class path, then those of the add-on folder not already there. */
    private static List<IndicatorEngineProvider> providers() {
        List<IndicatorEngineProvider> providers = new ArrayList<>();
        ServiceLoader.load(IndicatorEngineProvider.class).forEach(providers::add);
        EngineAddOns.loader().ifPresent(loader -> ServiceLoader.load(IndicatorEngineProvider.class, loader)
                .forEach(provider -> {
                    if (providers.stream().noneMatch(known -> known.name().equals(provider.name()))) {
                        providers.add(provider);
                    }
                }));
        return providers;
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
        for (IndicatorEngineProvider provider : providers()) {
            if (provider.name().equals(name)) {
                ClassLoader own = provider.getClass().getClassLoader();
                String uri = lake.toAbsolutePath().normalize().toUri().toString();
                if (own == Thread.currentThread().getContextClassLoader()
                        || own == IndicatorEngines.class.getClassLoader()) {
                    return provider.open(uri, catalog);
                }
                return AddOnEngine.open(own, () -> provider.open(uri, catalog));
            }
        }
        throw new IllegalArgumentException(unknown(name));
    }
}
