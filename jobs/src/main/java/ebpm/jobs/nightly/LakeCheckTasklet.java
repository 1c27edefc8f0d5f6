package ebpm.jobs.nightly;

import ebpm.analytics.indicatordb.IndicatorDatabase;
import ebpm.analytics.indicatordb.IndicatorStore;
import ebpm.analytics.project.Project;
import ebpm.jobs.LandingSources;
import ebpm.jobs.WorkFolder;
import ebpm.jobs.landing.ChecksumCache;
import ebpm.jobs.landing.LakeCheck;
import ebpm.jobs.landing.LandingIngest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * After the ingest steps, before the indicators: the lake against the manifest ({@link LakeCheck}). A step of its
 * own, not the start of the indicator step: it writes the lake and the manifest (a rebuilt file), which the
 * indicator step's one transaction of values should not wait on, and a lost lake file fails here, by name, before
 * anything is computed; a restart redoes only this check. Read = lake files checked, written = lake files rebuilt.
 */
final class LakeCheckTasklet implements Tasklet {

    static final String REBUILT = "rebuiltLakeFiles";
    private static final Logger log = LoggerFactory.getLogger(LakeCheckTasklet.class);

    private final IndicatorStore indicators;
    /** The work folder the command was given: on a restart, the one given now (see NightlyParameters). */
    private final WorkFolder work;

    LakeCheckTasklet(IndicatorStore indicators, WorkFolder work) {
        this.work = work;
        this.indicators = indicators;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        NightlyParameters parameters = NightlyParameters.of(chunkContext.getStepContext().getJobParameters(), work);
        Project project = parameters.loadProject();
        ChecksumCache checksums = ChecksumCache.load(parameters.work().landingChecksums());
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        try (IndicatorDatabase database = indicators.open()) {
            LakeCheck check = new LakeCheck(parameters.landing(), parameters.work().lake(), database.manifest(),
                    checksums, source -> new LandingIngest(
                            LandingSources.named(source, project, parameters.asOf()).orElseThrow(),
                            parameters.landing(), parameters.work().lake(), parameters.work().rejects(),
                            database.manifest(), parameters.runId(), now, checksums));
            LakeCheck.Result result = check.run();
            ArrayList<String> lines = new ArrayList<>();
            lines.add(String.format("lake: %d files the manifest lists, %d rebuilt", result.lakeFiles(),
                    result.rebuilt().size()));
            result.rebuilt().forEach(rebuilt -> {
                lines.add(rebuilt.summary());
                log.warn(rebuilt.summary());
            });
            for (int i = 0; i < result.lakeFiles(); i++) {
                contribution.incrementReadCount();
            }
            contribution.incrementWriteCount(result.rebuilt().size());
            contribution.getStepExecution().getExecutionContext().put(REBUILT, lines);
        }
        return RepeatStatus.FINISHED;
    }
}
