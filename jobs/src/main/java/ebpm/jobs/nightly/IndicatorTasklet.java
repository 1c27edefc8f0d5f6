package ebpm.jobs.nightly;

import ebpm.analytics.catalog.ModelCatalog;
import ebpm.analytics.engine.DuckDbSession;
import ebpm.analytics.engine.IndicatorComputation;
import ebpm.analytics.indicatordb.IndicatorDatabase;
import ebpm.analytics.indicatordb.IndicatorStore;
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
 * Computes every indicator of the catalog over the lake with DuckDB and upserts the values into the indicator
 * database: read = values computed, written = values new or changed.
 */
final class IndicatorTasklet implements Tasklet {

    static final String INDICATORS = "indicators";
    private static final Logger log = LoggerFactory.getLogger(IndicatorTasklet.class);

    private final IndicatorStore indicators;

    IndicatorTasklet(IndicatorStore indicators) {
        this.indicators = indicators;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        NightlyParameters parameters = NightlyParameters.of(chunkContext.getStepContext().getJobParameters());
        ModelCatalog catalog = ModelCatalog.load();
        try (DuckDbSession session = DuckDbSession.open(parameters.work().lake(), catalog);
             IndicatorDatabase database = indicators.open()) {
            int total = catalog.indicators().size();
            log.info("computing {} indicators over {} into {}", total, parameters.work().lake(), indicators);
            ArrayList<String> lines = new ArrayList<>();
            List<IndicatorComputation.Outcome> outcomes = new IndicatorComputation(catalog)
                    .run(session, database, parameters.runId(), Instant.now(), outcome -> {
                        lines.add(String.format("%s: %d values, %d new or changed", outcome.indicatorCode(),
                                outcome.values(), outcome.changed()));
                        log.info("indicator {}/{} {}", lines.size(), total, lines.get(lines.size() - 1));
                    });
            // Counted only once all are committed: the step's figures never include values that were rolled back.
            for (IndicatorComputation.Outcome outcome : outcomes) {
                for (int i = 0; i < outcome.values(); i++) {
                    contribution.incrementReadCount();
                }
                contribution.incrementWriteCount(outcome.changed());
                contribution.incrementFilterCount(outcome.values() - outcome.changed());
            }
            contribution.getStepExecution().getExecutionContext().put(INDICATORS, lines);
        }
        return RepeatStatus.FINISHED;
    }
}
