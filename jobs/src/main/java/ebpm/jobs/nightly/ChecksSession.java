package ebpm.jobs.nightly;

import ebpm.analytics.catalog.ModelCatalog;
import ebpm.analytics.engine.DuckDbSession;
import ebpm.analytics.engine.IndicatorEngine;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The DuckDB session the night's data checks compute the intermediate models in: the engine's own when the night
 * runs on DuckDB (the models are already computed there, so the checks cost little), else one of its own over the
 * same lake and model cache, for the checks need SQL on the models' rows and the Spark engine returns only values.
 */
final class ChecksSession implements AutoCloseable {

    private final DuckDbSession session;
    private final boolean own;

    private ChecksSession(DuckDbSession session, boolean own) {
        this.session = session;
        this.own = own;
    }

    static ChecksSession of(IndicatorEngine engine, Path lake, ModelCatalog catalog, Path modelCache)
            throws SQLException {
        if (engine instanceof DuckDbSession duckDb) {
            return new ChecksSession(duckDb, false);
        }
        return new ChecksSession(DuckDbSession.open(lake, catalog, Optional.of(modelCache)), true);
    }

    DuckDbSession session() {
        return session;
    }

    /** A line for the summary when the checks did not run on the night's engine; else empty. */
    String note() {
        return own ? "data checks of intermediate models ran on DuckDB over the same lake (the engine computes "
                + "values only)" : "";
    }

    /** Closes the session only if it is the checks' own: the engine closes its own. */
    @Override
    public void close() throws SQLException {
        if (own) {
            session.close();
        }
    }
}
