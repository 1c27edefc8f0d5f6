package ebpm.jobs.nightly;

import ebpm.jobs.WorkFolder;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Records why a step failed, in plain words ({@link FailureCause}), in the step's execution context: the job
 * repository keeps only a stack trace in its exit message, and a step read back from it has lost its exceptions.
 * Logs the cause in one line, and the stack trace at debug level ({@code ebpm --debug}).
 */
final class FailedStepCause implements StepExecutionListener {

    static final String CAUSE = "failureCause";

    private static final Logger log = LoggerFactory.getLogger(FailedStepCause.class);

    private final WorkFolder work;

    FailedStepCause(WorkFolder work) {
        this.work = work;
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        if (step.getStatus() == BatchStatus.FAILED && !step.getFailureExceptions().isEmpty()) {
            Throwable failure = step.getFailureExceptions().get(0);
            String cause = FailureCause.of(failure, work.root());
            step.getExecutionContext().putString(CAUSE, cause);
            log.error("step {} failed: {}", step.getStepName(), cause);
            log.debug("step {} failed", step.getStepName(), failure);
        }
        return null;
    }

    /** The recorded cause of a failed step, if it failed. */
    static Optional<String> of(StepExecution step) {
        return Optional.ofNullable(step.getExecutionContext().get(CAUSE)).map(String::valueOf);
    }
}
