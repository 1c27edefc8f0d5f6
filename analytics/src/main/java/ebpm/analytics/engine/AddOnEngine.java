package ebpm.analytics.engine;

import ebpm.analytics.catalog.Model;
import java.sql.SQLException;
import java.util.List;

/**
 * An engine of the add-on folder: every call runs with the add-on's class loader as the thread's context class
 * loader, as it would with the add-on on the class path (threads the engine starts inherit it).
 */
final class AddOnEngine implements IndicatorEngine {

    interface Opening {
        IndicatorEngine open() throws SQLException;
    }

    private final ClassLoader loader;
    private final IndicatorEngine engine;

    private AddOnEngine(ClassLoader loader, IndicatorEngine engine) {
        this.loader = loader;
        this.engine = engine;
    }

    static IndicatorEngine open(ClassLoader loader, Opening opening) throws SQLException {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return new AddOnEngine(loader, opening.open());
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    @Override
    public String description() {
        return engine.description();
    }

    @Override
    public List<IndicatorValue> evaluate(Model model) throws SQLException {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return engine.evaluate(model);
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    @Override
    public void close() throws SQLException {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            engine.close();
        } finally {
            thread.setContextClassLoader(before);
        }
    }
}
