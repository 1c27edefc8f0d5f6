package ebpm.jobs;

import ebpm.jobs.health.HealthEvaluationSource;
import ebpm.jobs.landing.LandingSource;
import ebpm.jobs.measures.MeasureSheetSource;
import ebpm.jobs.observations.ObservationSource;
import ebpm.jobs.tourism.PageViewSource;
import java.util.List;
import java.util.Optional;

/**
 * The landing sources ebpm reads, in the order the nightly job ingests them: the one list that {@code ebpm nightly}
 * and {@code ebpm reprocess} both go by, so a new source is added here once.
 */
public final class LandingSources {

    private LandingSources() {
    }

    public static List<LandingSource> all() {
        return List.of(new MeasureSheetSource(), new ObservationSource(), new HealthEvaluationSource(),
                new PageViewSource());
    }

    public static Optional<LandingSource> named(String name) {
        return all().stream().filter(source -> source.name().equals(name)).findFirst();
    }

    public static List<String> names() {
        return all().stream().map(LandingSource::name).toList();
    }
}
