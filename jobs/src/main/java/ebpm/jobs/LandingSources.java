package ebpm.jobs;

import ebpm.analytics.project.Project;
import ebpm.jobs.health.HealthEvaluationSource;
import ebpm.jobs.landing.LandingSource;
import ebpm.jobs.landing.PlausibleYears;
import ebpm.jobs.measures.MeasureSheetSource;
import ebpm.jobs.observations.ObservationSource;
import ebpm.jobs.tourism.PageViewSource;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The landing sources ebpm reads, in the order the nightly job ingests them, each judging its files by the
 * project's rules (its reference tables and settings): the one list that {@code ebpm nightly} and
 * {@code ebpm reprocess} both go by, so a new source is added here once.
 */
public final class LandingSources {

    private LandingSources() {
    }

    /** @param asOf the date of the run: the years a file may state end a little after it */
    public static List<LandingSource> all(Project project, LocalDate asOf) {
        PlausibleYears years = PlausibleYears.of(project, asOf);
        return List.of(new MeasureSheetSource(), new ObservationSource(project, years),
                new HealthEvaluationSource(project, years), new PageViewSource(project, years));
    }

    public static Optional<LandingSource> named(String name, Project project, LocalDate asOf) {
        return all(project, asOf).stream().filter(source -> source.name().equals(name)).findFirst();
    }

    /** The landing folder names, in the order the night ingests them (its steps are made before a run's project is read). */
    public static List<String> names() {
        return all(Project.builtIn(), LocalDate.now()).stream().map(LandingSource::name).toList();
    }
}
