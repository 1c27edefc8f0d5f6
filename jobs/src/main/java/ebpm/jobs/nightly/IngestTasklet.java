package ebpm.jobs.nightly;

import ebpm.analytics.indicatordb.IndicatorDatabase;
import ebpm.analytics.indicatordb.IndicatorStore;
import ebpm.analytics.indicatordb.IngestManifest;
import ebpm.jobs.landing.FileOutcome;
import ebpm.jobs.landing.LandingIngest;
import ebpm.jobs.landing.LandingSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The ingest step of one landing source: new files into the lake, counted in Spring Batch's terms
 * (read = written + process-skipped), with one summary line per file kept in the step's context.
 */
final class IngestTasklet implements Tasklet {

    static final String FILES = "files";

    private final LandingSource source;
    private final IndicatorStore indicators;

    IngestTasklet(LandingSource source, IndicatorStore indicators) {
        this.source = source;
        this.indicators = indicators;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        NightlyParameters parameters = NightlyParameters.of(chunkContext.getStepContext().getJobParameters());
        try (IndicatorDatabase database = indicators.open()) {
            IngestManifest manifest = database.manifest();
            LandingIngest ingest = new LandingIngest(source, parameters.landing(), parameters.work().lake(),
                    parameters.work().rejects(), manifest, parameters.runId(), Instant.now());
            List<FileOutcome> outcomes = ingest.run(new LandingIngest.RowListener() {
                @Override
                public void rowRead() {
                    contribution.incrementReadCount();
                }

                @Override
                public void rowsWritten(long count) {
                    contribution.incrementWriteCount(count);
                }

                @Override
                public void rowsRejected(long count) {
                    contribution.incrementProcessSkipCount(count);
                }
            });
            contribution.getStepExecution().getExecutionContext().put(FILES, summaries(outcomes));
        }
        return RepeatStatus.FINISHED;
    }

    private static ArrayList<String> summaries(List<FileOutcome> outcomes) {
        ArrayList<String> lines = new ArrayList<>();
        for (FileOutcome outcome : outcomes) {
            lines.add(String.format("%s %s: %s read %d, written %d, rejected %d%s", outcome.source(),
                    outcome.file().getFileName(), outcome.status(), outcome.rowsRead(), outcome.rowsWritten(),
                    outcome.rowsRejected(), outcome.message() == null ? "" : " — " + outcome.message()));
        }
        return lines;
    }
}
