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
import java.util.function.BiFunction;

/**
 * The landing sources ebpm reads, in the order the nightly job ingests them, each judging its files by the
 * project's rules (its reference tables and settings): the one list that {@code ebpm nightly}, {@code reprocess} and
 * {@code withdraw} go by, so a new source is added here once. A source is made only when asked for, from the run's
 * project: making one reads its reference tables (the observations' even the model catalog).
 */
public final class LandingSources {

    /** A source by its landing folder name, and how to make it for a project and the years it may state. */
    private record Known(String name, BiFunction<Project, PlausibleYears, LandingSource> make) {
    }

    private static final List<Known> SOURCES = List.of(
            new Known("measures", (project, years) -> new MeasureSheetSource(project.plans())),
            new Known("observations", ObservationSource::new),
            new Known("health", HealthEvaluationSource::new),
            new Known("tourism-pv", PageViewSource::new));

    private LandingSources() {
    }

    /** @param asOf the date of the run: the years a file may state end a little after it */
    public static List<LandingSource> all(Project project, LocalDate asOf) {
        PlausibleYears years = PlausibleYears.of(project, asOf);
        return SOURCES.stream().map(known -> known.make().apply(project, years)).toList();
    }

    public static Optional<LandingSource> named(String name, Project project, LocalDate asOf) {
        return SOURCES.stream().filter(known -> known.name().equals(name)).findFirst()
                .map(known -> known.make().apply(project, PlausibleYears.of(project, asOf)));
    }

    /** The landing folder names, in the order the night ingests them (its steps are made before a project is read). */
    public static List<String> names() {
        return SOURCES.stream().map(Known::name).toList();
    }
}
