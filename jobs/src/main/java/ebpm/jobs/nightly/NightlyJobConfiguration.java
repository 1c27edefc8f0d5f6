package ebpm.jobs.nightly;

import ebpm.analytics.indicatordb.IndicatorStore;
import ebpm.jobs.LandingSources;
import ebpm.jobs.Storage;
import ebpm.jobs.WorkFolder;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The nightly job: ingest each landing source, check the lake against the manifest (rebuilding a lost lake file from
 * its landing file), compute the indicators (with the models' data checks), publish them, write the evidence pack.
 * On a restart, Spring Batch skips the steps that completed and re-runs the one that failed; an ingest step then
 * skips the files its manifest already lists. The steps that write the indicator database write the night's private
 * copy ({@link IndicatorStore#forTheNight()}), which readers never see before {@code publishIndicators}; the evidence
 * pack reads what was published. After each step, and when the run ends, the run report is written to the work
 * folder ({@link RunReportFile}), so that {@code ebpm status} can show it while the job repository is in use.
 */
@Configuration
public class NightlyJobConfiguration {

    public static final String JOB_NAME = "nightly";

    private final IndicatorStore indicators;
    private final IndicatorStore tonight;
    private final WorkFolder work;

    NightlyJobConfiguration(Storage storage) {
        this.indicators = storage.indicators();
        this.tonight = indicators.forTheNight();
        this.work = storage.work();
    }

    @Bean
    Job nightly(JobRepository jobRepository, PlatformTransactionManager transactionManager) {
        // First the files no source reads, then one ingest step per landing source, in the order LandingSources
        // lists them (ebpm reprocess knows the same).
        SimpleJobBuilder job = new JobBuilder(JOB_NAME, jobRepository)
                .start(step("surveyLanding", new LandingSurveyTasklet(tonight, work), jobRepository, transactionManager));
        for (String source : LandingSources.names()) {
            job = job.next(ingest(source, jobRepository, transactionManager));
        }
        return job
                .next(step("checkLake", new LakeCheckTasklet(tonight, work), jobRepository, transactionManager))
                .next(step("computeIndicators", new IndicatorTasklet(tonight, work), jobRepository, transactionManager))
                .next(step("publishIndicators", new PublishIndicatorsTasklet(indicators), jobRepository,
                        transactionManager))
                .next(step("exportEvidencePack", new EvidencePackTasklet(indicators, work), jobRepository, transactionManager))
                .listener(new RunReportFile(jobRepository, work))
                .build();
    }

    /** The source itself is made in its step, from the rules of the run's project. */
    private Step ingest(String source, JobRepository jobRepository, PlatformTransactionManager transactionManager) {
        String name = "ingest" + Character.toUpperCase(source.charAt(0)) + source.substring(1);
        return step(name, new IngestTasklet(source, tonight, work), jobRepository, transactionManager);
    }

    private Step step(String name, Tasklet tasklet, JobRepository jobRepository,
                      PlatformTransactionManager transactionManager) {
        // Spring Batch calls afterStep in the reverse order of registration: the cause is recorded before the report
        // that shows it is written.
        return new StepBuilder(name, jobRepository).tasklet(tasklet, transactionManager)
                .listener(new RunReportFile(jobRepository, work)).listener(new FailedStepCause(work)).build();
    }
}
