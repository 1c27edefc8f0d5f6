package ebpm.jobs.cli;

import ebpm.analytics.project.Project;
import ebpm.jobs.BatchApplication;
import ebpm.jobs.DatabaseSchemas;
import ebpm.jobs.Storage;
import ebpm.jobs.nightly.FailureCause;
import ebpm.jobs.nightly.NightlyLauncher;
import ebpm.jobs.nightly.RunLock;
import ebpm.jobs.nightly.RunReport;
import ebpm.jobs.project.CheckedProjects;
import ebpm.jobs.project.ProjectProblems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ebpm nightly}: the main job, run by the scheduler every night. */
@Command(name = "nightly", mixinStandardHelpOptions = true,
        description = {"Ingest new landing files, compute the indicators and write the evidence pack.",
                "A failed run is restarted where it stopped by running the command again."})
final class NightlyCommand implements Callable<Integer> {

    @Option(names = "--landing", paramLabel = "DIR", defaultValue = "${env:EBPM_LANDING:-sample-data/landing}",
            description = "landing zone with one folder per source: measures/, observations/, tourism-pv/ (default: ${DEFAULT-VALUE}; $EBPM_LANDING sets it)")
    Path landing;

    @Mixin
    WorkOption work;

    @Mixin
    JobRepositoryOption jobRepository;

    @Mixin
    ProjectOption project;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "the date the run is for (default: today in the project's time zone); names the evidence "
                    + "pack folder")
    LocalDate asOf;

    @Option(names = "--engine", paramLabel = "duckdb|spark",
            description = "engine that computes the indicators (default: the ebpm.engine setting, else duckdb); "
                    + "spark runs locally on every core unless -Dspark.master=… says otherwise")
    String engine;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(landing)) {
            System.err.println("ebpm: landing folder " + landing.toAbsolutePath() + " does not exist; give --landing DIR");
            return EbpmCommand.FAILED;
        }
        // Read and checked first: a wrong definition stops the night before anything ran (exit 2). Against the
        // lake's declared columns: the lake's files are the lake check's to judge (and rebuild), after the ingest.
        Project rules = project.project();
        ProjectProblems problems = CheckedProjects.inUserCache().check(rules);
        if (!problems.none()) {
            System.err.println("ebpm: nothing was run: " + problems.describe());
            System.err.println("ebpm: fix them, check with 'ebpm catalog --check"
                    + project.folder().map(folder -> " --project " + folder).orElse("") + "', then run again");
            return EbpmCommand.USAGE;
        }
        ZoneId officeZone = rules.settings().timeZone();
        LocalDate today = LocalDate.now(officeZone);
        if (asOf != null && asOf.isAfter(today.plusDays(1))) {
            System.err.println("ebpm: --as-of " + asOf + " is after tomorrow (" + officeZone + "); a night is for a "
                    + "day that has come: give today's date or leave --as-of out");
            return EbpmCommand.USAGE;
        }
        Storage storage = jobRepository.storage(work);
        try (RunLock lock = RunLock.acquire(work.folder().runLock())) {
            // Before any step: on PostgreSQL a schema the night's role cannot bring up to date stops the night here,
            // in one line (exit 1), with nothing run; run 'ebpm db migrate' as the owner, then the night again.
            DatabaseSchemas.beforeTheNight(storage).forEach(System.out::println);
            return run(storage, asOf == null ? today : asOf);
        } catch (RunLock.HeldElsewhereException busy) {
            System.err.println("ebpm: " + busy.getMessage());
            return EbpmCommand.BUSY;
        }
    }

    private int run(Storage storage, LocalDate night) throws Exception {
        try (ConfigurableApplicationContext context = BatchApplication.start(storage)) {
            JobExecution execution = context.getBean(NightlyLauncher.class)
                    .run(landing, work.folder(), night, engine, project.folder());
            JobRepository repository = context.getBean(JobRepository.class);
            var attempts = repository.getJobExecutions(execution.getJobInstance());
            System.out.print(RunReport.of(attempts));
            if (execution.getStatus() != BatchStatus.COMPLETED) {
                System.err.println("ebpm: nightly run " + execution.getStatus()
                        + RunReport.failureCause(attempts).map(cause -> " in " + cause.replace("\n", "\n  "))
                        .orElse(""));
                System.err.println("ebpm: fix that and run 'ebpm nightly' again: it restarts where it stopped");
                return EbpmCommand.FAILED;
            }
            if (RunReport.dataCheckErrors(attempts)) {
                System.err.println("ebpm: nightly run COMPLETED, but a data check of severity error failed (see "
                        + "'check failed (error)' above): the indicators computed from that model kept their "
                        + "previous values. Fix the data or the model; the next night checks again");
                return EbpmCommand.CHECKS_FAILED;
            }
            return 0;
        } catch (RuntimeException | java.sql.SQLException failure) {
            // Outside a step (the job repository, the start of the run): placed in this work folder.
            throw new FailureCause.Explained("nightly run failed: " + FailureCause.of(failure, work.folder().root())
                    + "\nebpm: fix that and run 'ebpm nightly' again: it restarts where it stopped", failure);
        }
    }
}
