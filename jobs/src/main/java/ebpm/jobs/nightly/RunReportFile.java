package ebpm.jobs.nightly;

import ebpm.jobs.WorkFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * Writes the night's {@link RunReport} into the work folder when each step starts and ends, and once more when the
 * run ends (with its final status). The embedded job repository is an H2 file that one process at a time may open,
 * and a night holds it from start to end: this file is how {@code ebpm status} and the web app's {@code /runs} show
 * a running night without touching it. Each run's report is also kept as {@code nightly-reports/run-<n>.txt} (a
 * restart rewrites its run's), the last {@value #RUNS_KEPT} of them, so the nights before stay readable. Replaced
 * atomically, so a report is never read half written; the text is only shown, never parsed back.
 */
public final class RunReportFile implements StepExecutionListener, JobExecutionListener {

    /** A report is a few kilobytes: two months of nights. */
    static final int RUNS_KEPT = 60;
    private static final Pattern KEPT = Pattern.compile("run-(\\d+)\\.txt");

    private final JobRepository jobRepository;
    private final WorkFolder work;

    RunReportFile(JobRepository jobRepository, WorkFolder work) {
        this.jobRepository = jobRepository;
        this.work = work;
    }

    /** The report the last night wrote into this file, if it wrote one. */
    public static Optional<String> read(Path file) throws IOException {
        return Files.exists(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8)) : Optional.empty();
    }

    /** The reports of the last {@code count} runs kept in the work folder, the newest first. */
    public static List<String> lastRuns(WorkFolder work, int count) throws IOException {
        List<String> reports = new ArrayList<>();
        for (Path kept : keptNewestFirst(work.runReports()).stream().limit(count).toList()) {
            read(kept).ifPresent(reports::add);
        }
        return reports;
    }

    @Override
    public void afterJob(JobExecution jobExecution) {
        write(jobExecution);
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        write(stepExecution);
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        write(stepExecution);
        return null;
    }

    private void write(StepExecution stepExecution) {
        write(stepExecution.getJobExecution());
    }

    private void write(JobExecution current) {
        // The earlier attempts of a restarted run as recorded, this one as it is now (not yet recorded).
        List<JobExecution> attempts = new ArrayList<>(jobRepository.getJobExecutions(current.getJobInstance()));
        attempts.removeIf(attempt -> attempt.getId() == current.getId());
        attempts.add(current);
        String report = RunReport.of(attempts);
        replace(work.runReport(), report);
        Path kept = work.runReports().resolve("run-" + current.getJobParameters().getLong(NightlyParameters.RUN_NUMBER)
                + ".txt");
        replace(kept, report);
        forgetOldRuns();
    }

    private static void replace(Path file, String report) {
        Path aside = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(aside, report, StandardCharsets.UTF_8);
            Files.move(aside, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the run report " + file + ": " + e.getMessage(), e);
        }
    }

    private void forgetOldRuns() {
        try {
            for (Path old : keptNewestFirst(work.runReports()).stream().skip(RUNS_KEPT).toList()) {
                Files.deleteIfExists(old);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot tidy the kept run reports in " + work.runReports() + ": "
                    + e.getMessage(), e);
        }
    }

    private static List<Path> keptNewestFirst(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> KEPT.matcher(file.getFileName().toString()).matches())
                    .sorted(Comparator.comparingLong(RunReportFile::runNumber).reversed()).toList();
        }
    }

    private static long runNumber(Path kept) {
        Matcher matcher = KEPT.matcher(kept.getFileName().toString());
        return matcher.matches() ? Long.parseLong(matcher.group(1)) : -1;
    }
}
