package ebpm.jobs.nightly;

import ebpm.analytics.project.Project;
import ebpm.jobs.health.HealthEvaluationSource;
import ebpm.jobs.landing.LandingSource;
import ebpm.jobs.measures.MeasureSheetSource;
import ebpm.jobs.observations.ObservationSource;
import ebpm.jobs.tourism.PageViewSource;
import java.util.List;

/**
 * Every landing source, in the order the night ingests them, each judging its files by the project's rules (its
 * reference tables and settings). The one list the nightly job and {@code ebpm reprocess} share.
 */
public final class LandingSources {

    /** The landing folder names, in the order the night ingests them. */
    public static final List<String> NAMES = List.of("measures", "observations", "health", "tourism-pv");

    private LandingSources() {
    }

    public static List<LandingSource> of(Project project) {
        return List.of(new MeasureSheetSource(), new ObservationSource(), new HealthEvaluationSource(project),
                new PageViewSource(project));
    }

    /** @throws IllegalArgumentException naming the sources there are */
    public static LandingSource named(String name, Project project) {
        return of(project).stream().filter(source -> source.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no landing source '" + name + "'; the sources are "
                        + String.join(", ", NAMES)));
    }
}
