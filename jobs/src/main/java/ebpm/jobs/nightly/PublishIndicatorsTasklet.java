package ebpm.jobs.nightly;

import ebpm.analytics.indicatordb.DuckDbPublication;
import ebpm.analytics.indicatordb.IndicatorStore;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Once the night's values are committed, publishes the DuckDB indicator database the night wrote aside
 * ({@link DuckDbPublication}): readers that open it from now on see the whole night. A step of its own, after the
 * indicator step, so that a restart after a kill either side of the rename does the right thing: before, the
 * private copy is still there and is published; after, there is nothing left to publish. On PostgreSQL the
 * indicator step's commit published the night already.
 */
final class PublishIndicatorsTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(PublishIndicatorsTasklet.class);

    private final IndicatorStore indicators;

    PublishIndicatorsTasklet(IndicatorStore indicators) {
        this.indicators = indicators;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        Optional<DuckDbPublication> publication = indicators.publication();
        if (publication.isPresent() && publication.get().publish()) {
            log.info("published {}: readers that open it now see tonight's values", publication.get());
        }
        return RepeatStatus.FINISHED;
    }
}
