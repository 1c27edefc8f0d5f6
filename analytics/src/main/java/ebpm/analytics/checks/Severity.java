package ebpm.analytics.checks;

import java.util.Locale;

/**
 * What a failed data check does to the night. {@code warn}: the night goes on and its summary says so.
 * {@code error}: the indicators computed from the model keep their previous values, and the night ends with its own
 * exit code.
 */
public enum Severity {
    WARN, ERROR;

    /** As the YAML and the summary write it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The severity written in a model's YAML, if it is one. */
    public static java.util.Optional<Severity> of(String text) {
        for (Severity severity : values()) {
            if (severity.label().equals(text)) {
                return java.util.Optional.of(severity);
            }
        }
        return java.util.Optional.empty();
    }
}
