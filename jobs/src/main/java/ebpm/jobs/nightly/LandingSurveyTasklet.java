package ebpm.jobs.nightly;

import ebpm.analytics.indicatordb.IndicatorDatabase;
import ebpm.analytics.indicatordb.IndicatorStore;
import ebpm.analytics.indicatordb.ManifestEntry;
import ebpm.jobs.LandingSources;
import ebpm.jobs.WorkFolder;
import ebpm.jobs.landing.ChecksumCache;
import ebpm.jobs.landing.LandingSurvey;
import ebpm.jobs.landing.ShownName;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The night's first step: every file under the landing folder that no source reads is named in the run summary
 * with a hint (Health/ → did you mean health/?) and recorded in the manifest as NOT_READ, so nothing is ignored
 * without a word. It reads no rows: moved into its source's folder, the file is taken by that source's step.
 */
final class LandingSurveyTasklet implements Tasklet {

    static final String NOT_READ = "notRead";
    private static final Logger log = LoggerFactory.getLogger(LandingSurveyTasklet.class);

    private final IndicatorStore indicators;
    /** The work folder the command was given: on a restart, the one given now (see NightlyParameters). */
    private final WorkFolder work;

    LandingSurveyTasklet(IndicatorStore indicators, WorkFolder work) {
        this.work = work;
        this.indicators = indicators;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        NightlyParameters parameters = NightlyParameters.of(chunkContext.getStepContext().getJobParameters(), work);
        ChecksumCache checksums = ChecksumCache.load(parameters.work().landingChecksums());
        Instant now = Instant.now();
        List<ManifestEntry> entries = new ArrayList<>();
        ArrayList<String> lines = new ArrayList<>();
        for (LandingSurvey.Unread file : LandingSurvey.unread(parameters.landing(), LandingSources.names())) {
            entries.add(new ManifestEntry(file.folder(), file.file().getFileName().toString(),
                    checksums.sha256(file.file()), ManifestEntry.NOT_READ, 0, 0, 0, file.hint(), null, null,
                    parameters.runId(), now, file.landingPath(), null, now));
            lines.add(ShownName.of(file.landingPath()) + ": NOT READ — " + file.hint());
            log.warn("{}: not read — {}", ShownName.of(file.landingPath()), file.hint());
        }
        checksums.save();
        try (IndicatorDatabase database = indicators.open()) {
            database.manifest().replaceUnread(entries);
        }
        contribution.getStepExecution().getExecutionContext().put(NOT_READ, lines);
        return RepeatStatus.FINISHED;
    }
}
