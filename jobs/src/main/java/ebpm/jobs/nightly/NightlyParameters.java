package ebpm.jobs.nightly;

import ebpm.analytics.engine.IndicatorEngines;
import ebpm.analytics.project.Project;
import ebpm.jobs.WorkFolder;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The parameters of one nightly run. A run is identified by its as-of date and run number; the folders and the
 * engine are carried along but do not identify it, so that a restart finds the failed run whatever the paths.
 * The work folder recorded is where the run started; its steps use the one the command was given, so that a run
 * restarted in a copied work folder (a bigger disk) reads and writes only there.
 *
 * @param engine  the engine that computes the indicators: {@code duckdb} or {@code spark}
 * @param project the office's project folder, or empty for the built-in project
 */
public record NightlyParameters(Path landing, WorkFolder work, LocalDate asOf, long runNumber, String engine,
                                Optional<Path> project) {

    static final String LANDING = "landing";
    static final String WORK = "work";
    static final String AS_OF = "asOf";
    static final String RUN_NUMBER = "runNumber";
    static final String ENGINE = "engine";
    static final String PROJECT = "project";

    public JobParameters toJobParameters() {
        return new JobParametersBuilder()
                .addLocalDate(AS_OF, asOf)
                .addLong(RUN_NUMBER, runNumber)
                .addString(LANDING, landing.toAbsolutePath().normalize().toString(), false)
                .addString(WORK, work.root().toString(), false)
                .addString(ENGINE, engine, false)
                .addString(PROJECT, project.map(p -> p.toAbsolutePath().normalize().toString()).orElse(""), false)
                .toJobParameters();
    }

    /**
     * Reads them back inside a step, where Spring Batch hands the parameters over as a map.
     *
     * @param work the work folder the command was given, which a restart uses whatever the run started in
     */
    static NightlyParameters of(Map<String, Object> jobParameters, WorkFolder work) {
        return new NightlyParameters(Path.of((String) jobParameters.get(LANDING)), work,
                (LocalDate) jobParameters.get(AS_OF), (Long) jobParameters.get(RUN_NUMBER),
                // runs started before engines could be chosen ran on DuckDB
                (String) jobParameters.getOrDefault(ENGINE, IndicatorEngines.DUCKDB),
                // runs started before projects could be chosen ran the built-in one
                Optional.ofNullable((String) jobParameters.get(PROJECT)).filter(p -> !p.isEmpty()).map(Path::of));
    }

    /** The rules this run computes by, read afresh by each step. */
    public Project loadProject() {
        return Project.select(project);
    }

    /** The id stamped on manifest entries and indicator values, e.g. {@code 2026-11-21#1}. */
    public String runId() {
        return asOf + "#" + runNumber;
    }
}
