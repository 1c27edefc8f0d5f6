package ebpm.jobs.nightly;

import ebpm.analytics.indicatordb.IndicatorDatabase;
import ebpm.analytics.indicatordb.IndicatorStore;
import ebpm.analytics.indicatordb.IngestManifest;
import ebpm.analytics.indicatordb.ManifestEntry;
import ebpm.analytics.project.Project;
import ebpm.jobs.LandingSources;
import ebpm.jobs.WorkFolder;
import ebpm.jobs.landing.ChecksumCache;
import ebpm.jobs.landing.FileEffects;
import ebpm.jobs.landing.FileOutcome;
import ebpm.jobs.landing.LandingIngest;
import ebpm.jobs.landing.LandingSource;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The ingest step of one landing source: new files (and those read again) into the lake, counted in Spring Batch's
 * terms (read = written + process-skipped), with one summary line per file kept in the step's context.
 */
final class IngestTasklet implements Tasklet {

    static final String FILES = "files";
    static final String NEW_FILES = "newFiles";
    static final String SEEN_FILES = "seenFiles";
    /** Files the manifest listed that were read again (moved, rules changed); also counted in {@link #NEW_FILES}. */
    static final String READ_AGAIN_FILES = "readAgainFiles";
    /** Keys two of tonight's files state differently, each line naming the files and the one that counts. */
    static final String KEY_CONFLICTS = "keyConflicts";
    private static final Logger log = LoggerFactory.getLogger(IngestTasklet.class);

    private final String sourceName;
    private final IndicatorStore indicators;
    /** The work folder the command was given: on a restart, the one given now (see NightlyParameters). */
    private final WorkFolder work;

    IngestTasklet(String sourceName, IndicatorStore indicators, WorkFolder work) {
        this.work = work;
        this.sourceName = sourceName;
        this.indicators = indicators;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        NightlyParameters parameters = NightlyParameters.of(chunkContext.getStepContext().getJobParameters(), work);
        Project project = parameters.loadProject();
        LandingSource source = LandingSources.named(sourceName, project, parameters.asOf()).orElseThrow();
        try (IndicatorDatabase database = indicators.open()) {
            IngestManifest manifest = database.manifest();
            LandingIngest ingest = new LandingIngest(source, parameters.landing(), parameters.work().lake(),
                    parameters.work().rejects(), manifest, parameters.runId(), Instant.now(),
                    ChecksumCache.load(parameters.work().landingChecksums()));
            List<FileOutcome> outcomes = ingest.run(new LandingIngest.RowListener() {
                @Override
                public void rowsRead(long count) {
                    // Spring Batch counts reads one by one.
                    for (long row = 0; row < count; row++) {
                        contribution.incrementReadCount();
                    }
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
            // What tonight's files did to the source's keys: tonight's files are the manifest's entries of this run,
            // so a restarted step still counts the files an earlier attempt took in.
            List<ManifestEntry> tonight = manifest.entries().stream()
                    .filter(entry -> entry.source().equals(sourceName) && entry.runId().equals(parameters.runId()))
                    .filter(entry -> ManifestEntry.INGESTED.equals(entry.status()))
                    .toList();
            long started = System.nanoTime();
            FileEffects.Result effects = FileEffects.of(source.lakeTable(), parameters.work().lake(), tonight);
            if (!tonight.isEmpty()) {
                log.info("{}: the keys of {} file(s) compared with the lake in {}", sourceName, tonight.size(),
                        String.format("%.1fs", (System.nanoTime() - started) / 1e9));
            }
            var context = contribution.getStepExecution().getExecutionContext();
            context.put(FILES, summaries(outcomes, effects));
            ZoneId zone = project.settings().timeZone();
            context.put(KEY_CONFLICTS, new ArrayList<>(effects.conflicts().stream()
                    .map(conflict -> conflict.summary(zone)).toList()));
            long seen = outcomes.stream().filter(outcome -> FileOutcome.SKIPPED.equals(outcome.status())).count();
            context.putLong(NEW_FILES, outcomes.size() - seen);
            context.putLong(SEEN_FILES, seen);
            context.putLong(READ_AGAIN_FILES, outcomes.stream().filter(FileOutcome::wasReadAgain).count());
        }
        return RepeatStatus.FINISHED;
    }

    private static ArrayList<String> summaries(List<FileOutcome> outcomes, FileEffects.Result effects) {
        ArrayList<String> lines = new ArrayList<>();
        for (FileOutcome outcome : outcomes) {
            // A skipped file (a copy of content already taken) changed no key: its content's effect is its twin's.
            lines.add(outcome.summary(FileOutcome.SKIPPED.equals(outcome.status()) ? null
                    : effects.byChecksum().get(outcome.checksum())));
        }
        return lines;
    }
}
