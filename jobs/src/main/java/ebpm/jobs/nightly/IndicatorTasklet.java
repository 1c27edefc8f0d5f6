package ebpm.jobs.nightly;

import ebpm.analytics.catalog.ModelCatalog;
import ebpm.analytics.checks.CheckResult;
import ebpm.analytics.checks.ModelCheckGate;
import ebpm.analytics.engine.IndicatorComputation;
import ebpm.analytics.engine.IndicatorEngine;
import ebpm.analytics.engine.IndicatorEngines;
import ebpm.analytics.indicatordb.IndicatorDatabase;
import ebpm.analytics.indicatordb.IndicatorStore;
import ebpm.analytics.withdrawal.Withdrawal;
import ebpm.jobs.WorkFolder;
import java.sql.SQLException;
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
 * Computes every indicator of the catalog over the lake with the run's engine (DuckDB in-process, or Spark) and
 * upserts the values into the indicator database: read = values computed, written = values new or changed. The
 * withdrawals in force ({@code ebpm withdraw}) leave their rows out, and the summary names each. Between computing
 * and storing, the models' declared data checks run on tonight's values ({@link ModelCheckGate}): an indicator
 * whose check of severity error failed keeps its previous values, and the summary names each failed check.
 */
final class IndicatorTasklet implements Tasklet {

    static final String INDICATORS = "indicators";
    /** The data checks that failed tonight, one line each with a few offending rows. */
    static final String FAILED_CHECKS = "failedChecks";
    /** Whether a check of severity error failed: the night ends with {@code EbpmCommand.CHECKS_FAILED}. */
    static final String CHECK_ERRORS = "checkErrors";
    private static final Logger log = LoggerFactory.getLogger(IndicatorTasklet.class);

    private final IndicatorStore indicators;
    /** The work folder the command was given: on a restart, the one given now (see NightlyParameters). */
    private final WorkFolder work;

    IndicatorTasklet(IndicatorStore indicators, WorkFolder work) {
        this.work = work;
        this.indicators = indicators;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        NightlyParameters parameters = NightlyParameters.of(chunkContext.getStepContext().getJobParameters(), work);
        long started = System.nanoTime();
        try (IndicatorDatabase database = indicators.open()) {
            // The withdrawals in force reach the engine as views its staging models filter by.
            List<Withdrawal> withdrawals = database.withdrawals().inForce();
            ModelCatalog catalog = ModelCatalog.load(parameters.loadProject()).withWithdrawals(withdrawals);
            try (IndicatorEngine engine = IndicatorEngines.open(parameters.engine(), parameters.work().lake(),
                    catalog, parameters.work().modelCache())) {
                try (ChecksSession checks = ChecksSession.of(engine, parameters.work().lake(), catalog,
                        parameters.work().modelCache())) {
                    compute(catalog, engine, database, withdrawals, parameters, contribution, started,
                            new ModelCheckGate(catalog, checks.session()), checks.note());
                }
            }
        }
        return RepeatStatus.FINISHED;
    }

    private void compute(ModelCatalog catalog, IndicatorEngine engine, IndicatorDatabase database,
                         List<Withdrawal> withdrawals, NightlyParameters parameters, StepContribution contribution,
                         long started, ModelCheckGate checks, String checksNote) throws SQLException {
        int total = catalog.indicators().size();
        log.info("computing {} indicators with {} over {} into {}", total, engine.description(),
                parameters.work().lake(), indicators);
        int[] done = {0};
        List<IndicatorComputation.Outcome> outcomes = new IndicatorComputation(catalog).run(engine, database,
                parameters.runId(), Instant.now(), (model, values) -> log.info("indicator {}/{} {}: {} values",
                        ++done[0], total, model.indicatorCode(), values.size()), checks);
        ArrayList<String> lines = new ArrayList<>();
        lines.add(String.format("engine %s: %.1fs", engine.description(), (System.nanoTime() - started) / 1e9));
        if (!checksNote.isEmpty()) {
            lines.add(checksNote);
        }
        withdrawals.forEach(withdrawal -> lines.add(String.format("withdrawal #%d applied: %s left out",
                withdrawal.id(), withdrawal.what())));
        // Counted only once all are committed: the step's figures never include values that were rolled back.
        for (IndicatorComputation.Outcome outcome : outcomes) {
            for (int i = 0; i < outcome.values(); i++) {
                contribution.incrementReadCount();
            }
            contribution.incrementWriteCount(outcome.changed());
            contribution.incrementFilterCount(outcome.values() - outcome.changed());
            if (outcome.heldBack()) {
                lines.add(String.format("%s: %d values computed, NOT stored: kept at the previous night's values "
                        + "(a data check of severity error failed, see below)", outcome.indicatorCode(),
                        outcome.values()));
                continue;
            }
            lines.add(String.format("%s: %d values, %d new or changed%s", outcome.indicatorCode(),
                    outcome.values(), outcome.changed(), outcome.withdrawn() == 0 ? ""
                            : ", " + outcome.withdrawn() + " no longer computed (withdrawn)"));
        }
        log.info("indicators stored: {}", lines.get(0));
        var context = contribution.getStepExecution().getExecutionContext();
        context.put(INDICATORS, lines);
        ArrayList<String> failed = new ArrayList<>(checks.failed().stream().map(CheckResult::summary).toList());
        failed.forEach(log::warn);
        context.put(FAILED_CHECKS, failed);
        context.put(CHECK_ERRORS, checks.anyErrors());
    }
}
