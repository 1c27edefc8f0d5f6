package ebpm.jobs.nightly;

import ebpm.analytics.catalog.ModelCatalog;
import ebpm.analytics.engine.DuckDbSession;
import ebpm.analytics.engine.IndicatorComputation;
import ebpm.analytics.engine.IndicatorEngine;
import ebpm.analytics.engine.IndicatorEngines;
import ebpm.analytics.indicatordb.IndicatorDatabase;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Computes every indicator of the catalog over the lake with the run's engine (DuckDB on the indicator database
 * itself, or Spark) and upserts the values into the indicator database: read = values computed, written = values
 * new or changed.
 */
final class IndicatorTasklet implements Tasklet {

    static final String INDICATORS = "indicators";
    private static final Logger log = LoggerFactory.getLogger(IndicatorTasklet.class);

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        NightlyParameters parameters = NightlyParameters.of(chunkContext.getStepContext().getJobParameters());
        ModelCatalog catalog = ModelCatalog.load();
        try (DuckDbSession session = DuckDbSession.open(parameters.work().indicatorDatabase(),
                parameters.work().lake(), catalog)) {
            IndicatorDatabase database = new IndicatorDatabase(session.connection());
            ArrayList<String> lines = new ArrayList<>();
            List<IndicatorComputation.Outcome> outcomes = compute(parameters, catalog, session, database, lines);
            for (IndicatorComputation.Outcome outcome : outcomes) {
                for (int i = 0; i < outcome.values(); i++) {
                    contribution.incrementReadCount();
                }
                contribution.incrementWriteCount(outcome.changed());
                contribution.incrementFilterCount(outcome.values() - outcome.changed());
                String line = String.format("%s: %d values, %d new or changed", outcome.indicatorCode(),
                        outcome.values(), outcome.changed());
                log.info(line);
                lines.add(line);
            }
            contribution.getStepExecution().getExecutionContext().put(INDICATORS, lines);
        }
        return RepeatStatus.FINISHED;
    }

    /** Runs the catalog on the run's engine; the first line says which engine, and how long it took all told. */
    private static List<IndicatorComputation.Outcome> compute(NightlyParameters parameters, ModelCatalog catalog,
                                                              DuckDbSession session, IndicatorDatabase database,
                                                              List<String> lines) throws SQLException {
        long started = System.nanoTime();
        if (IndicatorEngines.DUCKDB.equals(parameters.engine())) {
            return compute(session, catalog, database, parameters, started, lines);
        }
        try (IndicatorEngine engine = IndicatorEngines.open(parameters.engine(), parameters.work().lake(), catalog)) {
            return compute(engine, catalog, database, parameters, started, lines);
        }
    }

    private static List<IndicatorComputation.Outcome> compute(IndicatorEngine engine, ModelCatalog catalog,
                                                              IndicatorDatabase database, NightlyParameters parameters,
                                                              long started, List<String> lines) throws SQLException {
        List<IndicatorComputation.Outcome> outcomes = new IndicatorComputation(catalog)
                .run(engine, database, parameters.runId(), Instant.now());
        String line = String.format("engine %s: %.1fs", engine.description(), (System.nanoTime() - started) / 1e9);
        log.info(line);
        lines.add(line);
        return outcomes;
    }
}
