package ebpm.jobs.health;

import ebpm.analytics.project.Project;
import ebpm.analytics.project.ReferenceTable;
import java.text.Normalizer;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The outcome indicators (評価指標) whose better direction the project knows ({@code seeds/outcome_indicators.csv}).
 * Ingest only asks whether one is known, to warn: the direction itself is joined in SQL, so that adding an
 * indicator to the seed brings its improvement to every year on the next night.
 */
final class OutcomeIndicators {

    static final String SEED = "seed_outcome_indicators";
    static final String SEED_FILE = "seeds/outcome_indicators.csv";

    private final Set<String> known;

    private OutcomeIndicators(Set<String> known) {
        this.known = known;
    }

    static OutcomeIndicators of(Project project) {
        ReferenceTable seed = project.referenceTable(SEED);
        return new OutcomeIndicators(seed.column("name").stream().map(Object::toString).collect(Collectors.toSet()));
    }

    boolean known(String indicator) {
        return known.contains(indicator);
    }

    /** The indicator as stored: full-width letters and digits made half-width (ＨｂＡ１ｃ → HbA1c). */
    static String canonical(String indicator) {
        return Normalizer.normalize(indicator, Normalizer.Form.NFKC).strip();
    }
}
