package ebpm.jobs.nightly;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/**
 * The summary of one run as people read it in the log and in {@code ebpm status}: per step the status, rows
 * read = written + rejected and the time taken, the per-file and per-indicator lines, and the totals. A run that
 * was restarted is one run: the steps an earlier attempt completed are listed with the attempt that did them.
 */
public final class RunReport {

    private static final String NL = System.lineSeparator();
    private static final int CLEAN_FILES_SHOWN = 5;
    /** A file that landed whole and only added keys (or was seen before): nothing to look at. */
    private static final Pattern CLEAN_FILE = Pattern.compile(".*: (INGESTED read \\d+, written \\d+, rejected 0"
            + "( — keys: 0 replaced, \\d+ added)?|SKIPPED read 0, written 0, rejected 0 — already ingested)");

    private RunReport() {
    }

    /** The report of one run from all its attempts (executions of one job instance), in any order. */
    public static String of(List<JobExecution> attempts) {
        List<JobExecution> ordered = attempts.stream().sorted(Comparator.comparing(JobExecution::getId)).toList();
        JobExecution last = ordered.get(ordered.size() - 1);
        Map<String, StepExecution> steps = latestStepExecutions(ordered);
        StringBuilder report = new StringBuilder();
        report.append(String.format("run %s#%s  %s  started %s  took %s%s%n",
                last.getJobParameters().getLocalDate(NightlyParameters.AS_OF),
                last.getJobParameters().getLong(NightlyParameters.RUN_NUMBER), last.getStatus(),
                ordered.get(0).getStartTime() == null ? "-" : ordered.get(0).getStartTime().withNano(0),
                duration(last.getStartTime(), last.getEndTime()),
                ordered.size() == 1 ? "" : "  (attempt " + ordered.size() + "; earlier attempts did the steps marked *)"));
        report.append(String.format("  %-21s %-10s %10s %10s %10s %8s%n", "step", "status", "read", "written",
                "rejected", "took"));
        for (StepExecution step : steps.values()) {
            boolean earlier = step.getJobExecutionId() != last.getId();
            report.append(String.format("  %-21s %-10s %10d %10d %10d %8s%n",
                    step.getStepName() + (earlier ? " *" : ""), step.getStatus(), step.getReadCount(),
                    step.getWriteCount(), step.getProcessSkipCount(),
                    duration(step.getStartTime(), step.getEndTime())));
            details(step).forEach(line -> report.append("      ").append(line).append(NL));
        }
        report.append(totals(steps.values()));
        // Failures outside any step (the job's own); a step's failure is listed under the step.
        for (Throwable failure : last.getFailureExceptions()) {
            report.append("  failed: ").append(FailureCause.of(failure)).append(NL);
        }
        return report.toString();
    }

    /**
     * Why the run failed, in plain words, naming the step: from the last attempt's failed step, or from the job
     * itself when it failed outside any step.
     */
    public static Optional<String> failureCause(List<JobExecution> attempts) {
        JobExecution last = attempts.stream().max(Comparator.comparing(JobExecution::getId)).orElseThrow();
        Optional<String> inStep = last.getStepExecutions().stream()
                .filter(step -> step.getStatus() == BatchStatus.FAILED)
                .flatMap(step -> failureCause(step).map(cause -> "step " + step.getStepName() + ": " + cause).stream())
                .findFirst();
        return inStep.or(() -> last.getFailureExceptions().stream().findFirst().map(FailureCause::of));
    }

    /** A step's recorded cause; for a step failed before causes were recorded, the first line of its exit message. */
    private static Optional<String> failureCause(StepExecution step) {
        return FailedStepCause.of(step).or(() -> Optional.ofNullable(step.getExitStatus().getExitDescription())
                .filter(description -> !description.isBlank())
                .map(FailureCause::firstLine));
    }

    /**
     * Whether a data check of severity {@code error} failed in the run (some indicators kept their previous values):
     * the night then ends with its own exit code, although every step completed.
     */
    public static boolean dataCheckErrors(List<JobExecution> attempts) {
        List<JobExecution> ordered = attempts.stream().sorted(Comparator.comparing(JobExecution::getId)).toList();
        return latestStepExecutions(ordered).values().stream()
                .anyMatch(step -> Boolean.TRUE.equals(step.getExecutionContext().get(IndicatorTasklet.CHECK_ERRORS)));
    }

    /** Per step name, the execution that counts: the completed one, or else the last attempt's. */
    private static Map<String, StepExecution> latestStepExecutions(List<JobExecution> ordered) {
        Map<String, StepExecution> steps = new LinkedHashMap<>();
        for (JobExecution attempt : ordered) {
            attempt.getStepExecutions().stream().sorted(Comparator.comparing(StepExecution::getId))
                    .forEach(step -> {
                        StepExecution kept = steps.get(step.getStepName());
                        if (kept == null || kept.getStatus() != BatchStatus.COMPLETED) {
                            steps.put(step.getStepName(), step);
                        }
                    });
        }
        return steps;
    }

    private static List<String> details(StepExecution step) {
        List<String> lines = new ArrayList<>();
        if (step.getStatus() == BatchStatus.FAILED) {
            failureCause(step).ifPresent(cause -> {
                List<String> causeLines = cause.lines().toList();
                lines.add("failed: " + causeLines.get(0));
                causeLines.stream().skip(1).forEach(line -> lines.add("        " + line));
            });
        }
        if (step.getExecutionContext().containsKey(LandingSurveyTasklet.NOT_READ)) {
            @SuppressWarnings("unchecked")
            List<String> unread = (List<String>) step.getExecutionContext().get(LandingSurveyTasklet.NOT_READ);
            lines.addAll(unread);
        }
        if (step.getExecutionContext().containsKey(IngestTasklet.FILES)) {
            @SuppressWarnings("unchecked")
            List<String> files = (List<String>) step.getExecutionContext().get(IngestTasklet.FILES);
            lines.addAll(fileLines(files));
        }
        if (step.getExecutionContext().containsKey(IngestTasklet.KEY_CONFLICTS)) {
            @SuppressWarnings("unchecked")
            List<String> conflicts = (List<String>) step.getExecutionContext().get(IngestTasklet.KEY_CONFLICTS);
            lines.addAll(conflicts);
        }
        if (step.getExecutionContext().containsKey(LakeCheckTasklet.REBUILT)) {
            @SuppressWarnings("unchecked")
            List<String> rebuilt = (List<String>) step.getExecutionContext().get(LakeCheckTasklet.REBUILT);
            lines.addAll(rebuilt);
        }
        if (step.getExecutionContext().containsKey(IndicatorTasklet.INDICATORS)) {
            @SuppressWarnings("unchecked")
            List<String> indicators = (List<String>) step.getExecutionContext().get(IndicatorTasklet.INDICATORS);
            lines.addAll(indicators);
        }
        if (step.getExecutionContext().containsKey(IndicatorTasklet.FAILED_CHECKS)) {
            @SuppressWarnings("unchecked")
            List<String> failedChecks = (List<String>) step.getExecutionContext().get(IndicatorTasklet.FAILED_CHECKS);
            lines.addAll(failedChecks);
        }
        if (step.getExecutionContext().containsKey(EvidencePackTasklet.PACK)) {
            lines.add("evidence pack: " + step.getExecutionContext().getString(EvidencePackTasklet.PACK));
        }
        if (step.getExecutionContext().containsKey(EvidencePackTasklet.SKIPPED)) {
            @SuppressWarnings("unchecked")
            List<String> skipped = (List<String>) step.getExecutionContext().get(EvidencePackTasklet.SKIPPED);
            skipped.forEach(table -> lines.add("not in the pack: " + table));
        }
        return lines;
    }

    /**
     * Every file that needs a look (rejected rows, a message, a rejected file) and the first clean ones; a night
     * of hundreds of clean monthly exports reads as a count, the manifest lists each.
     */
    private static List<String> fileLines(List<String> files) {
        List<String> shown = new ArrayList<>();
        int cleanHidden = 0;
        int cleanShown = 0;
        for (String line : files) {
            if (!CLEAN_FILE.matcher(line).matches()) {
                shown.add(line);
            } else if (cleanShown < CLEAN_FILES_SHOWN) {
                shown.add(line);
                cleanShown++;
            } else {
                cleanHidden++;
            }
        }
        if (cleanHidden > 0) {
            shown.add(String.format("… and %d more files without rejected rows or seen before "
                    + "(ingest_manifest lists each)", cleanHidden));
        }
        return shown;
    }

    /** The figures a night is judged by: nothing lost (read = written + rejected), what was new, what changed. */
    private static String totals(Iterable<StepExecution> steps) {
        long read = 0;
        long written = 0;
        long rejected = 0;
        long newFiles = 0;
        long seenFiles = 0;
        long readAgainFiles = 0;
        long values = 0;
        long changed = 0;
        long notRead = 0;
        for (StepExecution step : steps) {
            if (step.getExecutionContext().containsKey(LandingSurveyTasklet.NOT_READ)) {
                notRead += ((List<?>) step.getExecutionContext().get(LandingSurveyTasklet.NOT_READ)).size();
            }
            if (step.getExecutionContext().containsKey(IngestTasklet.FILES)) {
                read += step.getReadCount();
                written += step.getWriteCount();
                rejected += step.getProcessSkipCount();
                newFiles += step.getExecutionContext().getLong(IngestTasklet.NEW_FILES, 0);
                seenFiles += step.getExecutionContext().getLong(IngestTasklet.SEEN_FILES, 0);
                readAgainFiles += step.getExecutionContext().getLong(IngestTasklet.READ_AGAIN_FILES, 0);
            }
            if (step.getExecutionContext().containsKey(IndicatorTasklet.INDICATORS)) {
                values += step.getReadCount();
                changed += step.getWriteCount();
            }
        }
        return String.format("  landing rows: read %d = written %d + rejected %d%s; files: %d new%s, %d seen before%s%n"
                        + "  indicator values: %d computed, %d new or changed%n",
                read, written, rejected, read == written + rejected ? "" : " (MISMATCH)", newFiles - readAgainFiles,
                readAgainFiles == 0 ? "" : ", " + readAgainFiles + " read again", seenFiles,
                notRead == 0 ? "" : ", " + notRead + " not read (no source reads their folder)", values, changed);
    }

    private static String duration(LocalDateTime start, LocalDateTime end) {
        if (start == null || end == null) {
            return "-";
        }
        Duration taken = Duration.between(start, end);
        return String.format("%d.%01ds", taken.toSeconds(), taken.toMillisPart() / 100);
    }
}
