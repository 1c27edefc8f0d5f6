package ebpm.jobs.nightly;

import ebpm.jobs.WorkFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * Writes the night's {@link RunReport} into the work folder when each step starts and ends. The embedded job
 * repository is an H2 file that one process at a time may open, and a night holds it from start to end: this file is
 * how {@code ebpm status} shows a running night without touching it. Replaced atomically, so it is never read half
 * written; the text is only shown, never parsed back.
 */
public final class RunReportFile implements StepExecutionListener {

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
        JobExecution current = stepExecution.getJobExecution();
        // The earlier attempts of a restarted run as recorded, this one as it is now (not yet recorded).
        List<JobExecution> attempts = new ArrayList<>(jobRepository.getJobExecutions(current.getJobInstance()));
        attempts.removeIf(attempt -> attempt.getId() == current.getId());
        attempts.add(current);
        Path file = work.runReport();
        Path aside = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.writeString(aside, RunReport.of(attempts), StandardCharsets.UTF_8);
            Files.move(aside, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the run report " + file + ": " + e.getMessage(), e);
        }
    }
}
