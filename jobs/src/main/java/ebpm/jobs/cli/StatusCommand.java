package ebpm.jobs.cli;

import ebpm.analytics.indicatordb.IndicatorDatabase;
import ebpm.analytics.withdrawal.Withdrawal;
import ebpm.analytics.indicatordb.ManifestEntry;
import ebpm.evidence.export.Json;
import ebpm.jobs.BatchApplication;
import ebpm.jobs.JobRepositorySchema;
import ebpm.jobs.status.Freshness;
import ebpm.jobs.Storage;
import ebpm.jobs.nightly.NightlyJobConfiguration;
import ebpm.jobs.nightly.RunReport;
import ebpm.jobs.nightly.RunLock;
import ebpm.jobs.nightly.RunReportFile;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ebpm status}: the last nightly runs from the job repository. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show the last nightly runs (status and rows read/written/rejected per step) and the withdrawals "
                + "in force.")
final class StatusCommand implements Callable<Integer> {

    @Mixin
    WorkOption work;

    @Mixin
    JobRepositoryOption jobRepository;

    @Mixin
    ProjectOption project;

    @Option(names = "--last", paramLabel = "N", defaultValue = "5", description = "how many runs (default: ${DEFAULT-VALUE})")
    int last;

    @Option(names = "--json", description = "for monitors: per source the last file, its arrival, the latest period "
            + "and whether it is overdue, whether a night is running, the withdrawals in force (no run reports)")
    boolean json;

    @Override
    public Integer call() throws SQLException, IOException {
        Storage storage = jobRepository.storage(work);
        Optional<String> running = RunLock.holder(work.folder().runLock());
        if (json) {
            System.out.print(Json.write(monitorView(running)));
            return 0;
        }
        if (running.isPresent() && storage.jobRepositoryEmbedded()) {
            // The night holds the H2 job repository until it ends: show the report it writes after every step.
            System.out.println("a nightly run (or ebpm reprocess / withdraw) is working on " + work.folder().root()
                    + " (" + running.get() + "); its job repository is in use until it ends, so here is the "
                    + "report the night wrote at its last step (" + work.folder().runReport() + "):");
            System.out.println(RunReportFile.read(work.folder().runReport()).orElse("(no step reported yet)"));
        } else if (storage.jobRepositoryEmbedded()
                && !Files.isDirectory(work.folder().root().resolve("job-repository"))) {
            System.out.println("no runs yet in " + work.folder().root() + " (run 'ebpm nightly')");
            return 0;
        } else {
            printRuns(storage);
        }
        printFreshness();
        printWithdrawalsInForce();
        return 0;
    }

    /** Per source: the last file, the latest period and whether it is overdue against freshness_days. */
    private void printFreshness() throws SQLException {
        System.out.println("freshness (freshness_days in ebpm_project.yml):");
        Freshness.lines(freshness()).forEach(System.out::println);
    }

    private List<Freshness.SourceFreshness> freshness() throws SQLException {
        List<ManifestEntry> manifest = List.of();
        if (work.indicators().exists()) {
            try (IndicatorDatabase database = work.indicators().openReadOnly()) {
                manifest = database.manifest().entries();
            }
        }
        return Freshness.of(project.project(), manifest, work.folder().lake(), Instant.now());
    }

    private Map<String, Object> monitorView(Optional<String> running) throws SQLException {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("work", work.folder().root().toString());
        view.put("night_running", running.isPresent());
        List<Freshness.SourceFreshness> sources = freshness();
        view.put("overdue", sources.stream().anyMatch(Freshness.SourceFreshness::overdue));
        view.put("sources", Freshness.json(sources));
        int withdrawals = 0;
        if (work.indicators().exists()) {
            try (IndicatorDatabase database = work.indicators().openReadOnly()) {
                withdrawals = database.withdrawals().inForce().size();
            }
        }
        view.put("withdrawals_in_force", withdrawals);
        return view;
    }

    private void printRuns(Storage storage) throws SQLException {
        if (!storage.jobRepositoryEmbedded() && !new JobRepositorySchema(storage.jobRepositoryUrl()).present()) {
            // Spring Batch would fail on the missing tables; the night's role may not make them.
            System.out.println("no runs yet in the job repository " + storage.jobRepositoryUrl()
                    + " (it has no Spring Batch tables: run 'ebpm db migrate' as the database owner)");
            return;
        }
        try (ConfigurableApplicationContext context = BatchApplication.start(storage)) {
            JobRepository repository = context.getBean(JobRepository.class);
            for (JobInstance instance : repository.getJobInstances(NightlyJobConfiguration.JOB_NAME, 0, last)) {
                System.out.println(RunReport.of(repository.getJobExecutions(instance)));
            }
        }
    }

    /** What the figures leave out now: the withdrawals the next night applies (ebpm withdraw --list shows all). */
    private void printWithdrawalsInForce() throws SQLException {
        if (!work.indicators().exists()) {
            return;
        }
        try (IndicatorDatabase database = work.indicators().openReadOnly()) {
            List<Withdrawal> inForce = database.withdrawals().inForce();
            if (inForce.isEmpty()) {
                System.out.println("withdrawals in force: none");
                return;
            }
            ZoneId zone = project.project().settings().timeZone();
            System.out.println("withdrawals in force (their rows are left out of the figures; ebpm withdraw --list):");
            inForce.forEach(withdrawal -> System.out.println("  " + withdrawal.describe(zone)));
        }
    }
}
