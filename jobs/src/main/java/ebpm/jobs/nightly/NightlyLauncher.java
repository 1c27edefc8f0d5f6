package ebpm.jobs.nightly;

import ebpm.analytics.engine.IndicatorEngines;
import ebpm.analytics.indicatordb.IndicatorDatabase;
import ebpm.analytics.indicatordb.IndicatorStore;
import ebpm.jobs.Storage;
import ebpm.jobs.WorkFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Starts tonight's run, or restarts the last one where it stopped when it did not complete: a failed run for the
 * same as-of date is restarted (completed steps are skipped); otherwise a new run with the next run number starts.
 */
@Component
public class NightlyLauncher {

    private static final Logger log = LoggerFactory.getLogger(NightlyLauncher.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job nightly;
    private final String defaultEngine;
    private final IndicatorStore indicators;

    public NightlyLauncher(JobOperator jobOperator, JobRepository jobRepository, Job nightly,
                           @Value("${ebpm.engine:duckdb}") String defaultEngine, Storage storage) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.nightly = nightly;
        this.defaultEngine = defaultEngine;
        this.indicators = storage.indicators();
    }

    public JobExecution run(Path landing, WorkFolder work, LocalDate asOf) throws Exception {
        return run(landing, work, asOf, null, Optional.empty());
    }

    /**
     * @param engine the engine that computes the indicators; null for the configured one ({@code ebpm.engine}).
     *               A restarted run keeps the engine it started with.
     * @param project the office's project folder, or empty for the built-in project (a restarted run keeps its own)
     */
    public JobExecution run(Path landing, WorkFolder work, LocalDate asOf, String engine, Optional<Path> project)
            throws Exception {
        JobInstance last = jobRepository.getLastJobInstance(NightlyJobConfiguration.JOB_NAME);
        JobExecution lastExecution = last == null ? null : jobRepository.getLastJobExecution(last);
        if (lastExecution != null && asOf.equals(lastExecution.getJobParameters().getLocalDate(NightlyParameters.AS_OF))
                && lastExecution.getStatus() != BatchStatus.COMPLETED) {
            return restart(lastExecution, landing, work);
        }
        long lastInRepository = lastExecution == null ? 0
                : lastExecution.getJobParameters().getLong(NightlyParameters.RUN_NUMBER);
        long runNumber = Math.max(lastInRepository, lastStampedRunNumber()) + 1;
        NightlyParameters parameters = new NightlyParameters(landing, work, asOf, runNumber,
                chosenEngine(engine), project);
        log.info("nightly run {} starts: landing {}, work {}, engine {}, project {}", parameters.runId(), landing,
                work.root(), parameters.engine(), project.map(Path::toString).orElse("built-in"));
        return jobOperator.start(nightly, parameters.toJobParameters());
    }

    private String chosenEngine(String engine) {
        String chosen = engine == null ? defaultEngine : engine;
        if (!IndicatorEngines.names().contains(chosen)) {
            throw new IllegalArgumentException(IndicatorEngines.unknown(chosen));
        }
        return chosen;
    }

    /**
     * The last run number in the indicator database, which outlives a job repository that was deleted. Only a
     * safeguard: when the database cannot be read now (another program holds the DuckDB file for writing, say), the
     * job repository's number serves, and the night goes on.
     */
    private long lastStampedRunNumber() {
        try {
            if (!indicators.exists()) {
                return 0;
            }
            try (IndicatorDatabase database = indicators.openReadOnly()) {
                return database.lastRunNumber();
            }
        } catch (SQLException | RuntimeException unreadable) {
            log.warn("cannot read the last run number from the indicator database ({}); numbering from the job "
                    + "repository", FailureCause.of(unreadable));
            return 0;
        }
    }

    private JobExecution restart(JobExecution failed, Path landing, WorkFolder work) throws Exception {
        JobParameters started = failed.getJobParameters();
        Path startedLanding = Path.of(started.getString(NightlyParameters.LANDING));
        if (!startedLanding.equals(landing.toAbsolutePath().normalize())) {
            throw new IllegalArgumentException("run " + started.getLocalDate(NightlyParameters.AS_OF) + "#"
                    + started.getLong(NightlyParameters.RUN_NUMBER) + " did not complete and was reading "
                    + startedLanding + "; restart it with --landing " + startedLanding
                    + " (a run reads one landing zone)");
        }
        String startedWork = started.getString(NightlyParameters.WORK);
        if (!work.root().toString().equals(startedWork)) {
            refuseUnlessCopied(started, Path.of(startedWork), work);
            log.warn("run {} started in work folder {}; it carries on in {} (given now), and reads and writes only "
                    + "there", started.getLong(NightlyParameters.RUN_NUMBER), startedWork, work.root());
        }
        // Only one nightly runs at a time (the caller holds the run lock), so a run still marked as running was
        // killed: mark it failed before restarting it.
        if (failed.getStatus().isRunning()) {
            log.warn("run {} was interrupted ({}); recovering it", failed.getJobInstanceId(), failed.getStatus());
            failed = jobOperator.recover(failed);
        }
        log.info("restarting run {} of {} where it stopped", failed.getJobParameters().getLong(
                NightlyParameters.RUN_NUMBER), failed.getJobParameters().getLocalDate(NightlyParameters.AS_OF));
        return jobOperator.restart(failed);
    }

    /**
     * A run carries on in another work folder only when that folder is a copy of the one it started in: the steps it
     * completed wrote their lake files there, and are not done again. A new, empty folder would compute over nothing;
     * a night still running in the old folder must not be restarted beside it.
     */
    private static void refuseUnlessCopied(JobParameters started, Path startedWork, WorkFolder work)
            throws IOException {
        String run = started.getLocalDate(NightlyParameters.AS_OF) + "#" + started.getLong(NightlyParameters.RUN_NUMBER);
        Optional<String> running = RunLock.holder(new WorkFolder(startedWork).runLock());
        if (running.isPresent()) {
            throw new IllegalStateException("run " + run + " is still running in " + startedWork + " ("
                    + running.get() + "); wait for it, or stop it, before restarting it elsewhere");
        }
        if (!Files.isDirectory(work.lake())) {
            throw new IllegalArgumentException("run " + run + " started in work folder " + startedWork + " and did "
                    + "not complete; the work folder given now, " + work.root() + ", has no lake: copy " + startedWork
                    + " there whole, or restart with --work " + startedWork);
        }
    }
}
