package ebpm.analytics.catalog;

import ebpm.analytics.checks.Severity;
import ebpm.analytics.project.YamlBlock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The optional {@code checks:} block of a model's YAML: how the night treats a failure of the model's declared
 * checks, and the values a column may hold.
 *
 * <pre>
 * checks:
 *   severity: warn                       # error | warn; default: error for ind_ models, warn for the others
 *   accepted_values:
 *     section: [宿泊施設紹介, イベント, その他]
 * </pre>
 *
 * @param severity       the severity of every check of the model (its {@code unique}, {@code not_null} and
 *                       {@code accepted_values}), when the YAML states one
 * @param acceptedValues per column, the only values it may hold (compared as text; NULL is left to {@code not_null})
 */
public record CheckSettings(Optional<Severity> severity, Map<String, List<String>> acceptedValues) {

    public static final CheckSettings NONE = new CheckSettings(Optional.empty(), Map.of());
    private static final List<String> KEYS = List.of("severity", "accepted_values");

    public CheckSettings {
        acceptedValues = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(acceptedValues));
    }

    /** Reads the block strictly: unknown keys, an unknown severity and an empty list of values are refused. */
    static CheckSettings read(YamlBlock yaml) {
        yaml.allowOnly(KEYS);
        Optional<Severity> severity = yaml.optionalText("severity").map(text -> Severity.of(text).orElseThrow(
                () -> yaml.error("severity", "severity '" + text + "' is not one of "
                        + Arrays.stream(Severity.values()).map(Severity::label).toList())));
        Map<String, List<String>> accepted = new LinkedHashMap<>();
        yaml.optionalBlock("accepted_values").ifPresent(columns -> columns.keys().forEach(column -> {
            List<String> values = columns.texts(column);
            if (values.isEmpty()) {
                throw columns.error(column, "accepted_values of '" + column + "' lists no value");
            }
            accepted.put(column, values);
        }));
        return new CheckSettings(severity, accepted);
    }
}
