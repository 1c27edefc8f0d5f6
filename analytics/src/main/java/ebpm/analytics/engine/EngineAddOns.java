package ebpm.analytics.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Engines that are not part of the application: a folder of jars (the Spark engine and Spark itself, {@code lib/spark}
 * of the distribution) loaded on demand by a class loader of its own, so a DuckDB run never has them on its class
 * path. The folder is the system property {@value #PROPERTY} (set by the launchers), else {@code spark/} beside the
 * jar this class came from (the distribution's {@code lib/spark}). The class loader asks the application's first
 * (one copy of every class the two share: the engine interface, the catalog, Hadoop, logging), except for the
 * packages an add-on jar names in {@value #OWN_PACKAGES} ({@code packages=} a comma-separated list of prefixes): those
 * it loads from its own jars, for an add-on that puts classes into a library's packages and reaches their
 * package-private members (Spark's {@code org.apache.parquet.filter2.predicate.SparkFilterApi}), which works only
 * when the whole package comes from one class loader.
 */
public final class EngineAddOns {

    /** The add-on folder, as the launchers set it: {@code -Debpm.engine.addons=…/lib/spark}. */
    public static final String PROPERTY = "ebpm.engine.addons";

    /** The resource of an add-on jar naming the packages the add-on loads itself. */
    public static final String OWN_PACKAGES = "META-INF/ebpm-engine-addon.properties";

    private static ClassLoader loader;

    private EngineAddOns() {
    }

    /** Where the add-on's jars are looked for (whether or not the folder exists). */
    public static Optional<Path> folder() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured).toAbsolutePath().normalize());
        }
        try {
            var source = EngineAddOns.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path location = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(location)
                    ? Optional.of(location.getParent().resolve("spark").toAbsolutePath().normalize())
                    : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException | SecurityException notAFile) {
            return Optional.empty();
        }
    }

    /** A class loader over the add-on folder's jars, made once; empty when there is no such folder or no jar in it. */
    static synchronized Optional<ClassLoader> loader() {
        if (loader == null) {
            List<URL> jars = jars();
            if (jars.isEmpty()) {
                return Optional.empty();
            }
            loader = new AddOnClassLoader(jars.toArray(URL[]::new), EngineAddOns.class.getClassLoader());
        }
        return Optional.of(loader);
    }

    private static List<URL> jars() {
        Optional<Path> folder = folder();
        if (folder.isEmpty() || !Files.isDirectory(folder.get())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder.get())) {
            List<URL> jars = new ArrayList<>();
            for (Path jar : files.filter(file -> file.getFileName().toString().endsWith(".jar")).sorted().toList()) {
                jars.add(jar.toUri().toURL());
            }
            return jars;
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the engine add-on folder " + folder.get(), e);
        }
    }

    /** Parent first, but the add-on's own packages from its own jars. */
    private static final class AddOnClassLoader extends URLClassLoader {

        static {
            registerAsParallelCapable();
        }

        private final List<String> ownPackages;

        AddOnClassLoader(URL[] jars, ClassLoader parent) {
            super("ebpm-engine-addons", jars, parent);
            this.ownPackages = ownPackages();
        }

        private List<String> ownPackages() {
            List<String> prefixes = new ArrayList<>();
            try {
                var declarations = findResources(OWN_PACKAGES);
                while (declarations.hasMoreElements()) {
                    var properties = new java.util.Properties();
                    try (var in = declarations.nextElement().openStream()) {
                        properties.load(in);
                    }
                    for (String prefix : properties.getProperty("packages", "").split(",")) {
                        if (!prefix.isBlank()) {
                            prefixes.add(prefix.strip());
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + OWN_PACKAGES + " of the engine add-on", e);
            }
            return List.copyOf(prefixes);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (ownPackages.stream().noneMatch(name::startsWith)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    try {
                        loaded = findClass(name);
                    } catch (ClassNotFoundException notHere) {
                        loaded = super.loadClass(name, false);
                    }
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }

        @Override
        public URL getResource(String name) {
            String asClass = name.replace('/', '.');
            if (ownPackages.stream().anyMatch(asClass::startsWith)) {
                URL own = findResource(name);
                if (own != null) {
                    return own;
                }
            }
            return super.getResource(name);
        }
    }

    /** The sentence for an engine that is neither built in nor installed as an add-on. */
    static String notInstalled(String name, List<String> names) {
        String where = folder().map(Path::toString).orElse("lib/spark of the installation");
        if ("spark".equals(name)) {
            return "the spark engine is an add-on that is not installed: no Spark jars in " + where
                    + ". Unpack ebpm-spark-<version>.tar.gz into the folder ebpm is installed in (it adds lib/spark/),"
                    + " or in a source checkout build it with 'mvn -B -DskipTests package'"
                    + " (the engines here: " + names + ")";
        }
        return "no indicator engine named '" + name + "'; choose one of " + names;
    }
}
