package ebpm.jobs.nightly;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/**
 * The summary of one run as people read it in the log and in {@code ebpm status}: per step the status and
 * rows read = written + rejected, the per-file and per-indicator lines, and the time taken.
 */
public final class RunReport {

    private RunReport() {
    }

    public static String of(JobExecution execution) {
        StringBuilder report = new StringBuilder();
        report.append(String.format("run %s#%s  %s  started %s  took %s%n",
                execution.getJobParameters().getLocalDate(NightlyParameters.AS_OF),
                execution.getJobParameters().getLong(NightlyParameters.RUN_NUMBER), execution.getStatus(),
                execution.getStartTime() == null ? "-" : execution.getStartTime().withNano(0),
                duration(execution.getStartTime(), execution.getEndTime())));
        report.append(String.format("  %-20s %-10s %10s %10s %10s%n", "step", "status", "read", "written",
                "rejected"));
        List<StepExecution> steps = execution.getStepExecutions().stream()
                .sorted(Comparator.comparing(StepExecution::getId)).toList();
        for (StepExecution step : steps) {
            report.append(String.format("  %-20s %-10s %10d %10d %10d%n", step.getStepName(), step.getStatus(),
                    step.getReadCount(), step.getWriteCount(), step.getProcessSkipCount()));
            for (String key : List.of(IngestTasklet.FILES, IndicatorTasklet.INDICATORS)) {
                if (step.getExecutionContext().containsKey(key)) {
                    @SuppressWarnings("unchecked")
                    List<String> lines = (List<String>) step.getExecutionContext().get(key);
                    lines.forEach(line -> report.append("      ").append(line).append(System.lineSeparator()));
                }
            }
            if (step.getExecutionContext().containsKey(EvidencePackTasklet.PACK)) {
                report.append("      evidence pack: ").append(step.getExecutionContext().getString(
                        EvidencePackTasklet.PACK)).append(System.lineSeparator());
            }
        }
        for (Throwable failure : execution.getAllFailureExceptions()) {
            report.append("  failed: ").append(failure.getClass().getSimpleName()).append(": ")
                    .append(failure.getMessage()).append(System.lineSeparator());
        }
        return report.toString();
    }

    private static String duration(java.time.LocalDateTime start, java.time.LocalDateTime end) {
        if (start == null || end == null) {
            return "-";
        }
        Duration taken = Duration.between(start, end);
        return String.format("%d.%01ds", taken.toSeconds(), taken.toMillisPart() / 100);
    }
}
