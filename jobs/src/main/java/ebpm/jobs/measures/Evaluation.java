package ebpm.jobs.measures;

import java.util.Map;
import java.util.Optional;

/**
 * The evaluation symbols of the measure sheet: ◎ exceeded, ○ achieved, △ not achieved, — no indicator set, and blank
 * for a measure finished in an earlier year. Look-alike characters that offices type are read as the symbol meant.
 */
final class Evaluation {

    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("◎", "◎"),
            Map.entry("○", "○"), Map.entry("〇", "○"), Map.entry("◯", "○"),
            Map.entry("△", "△"),
            Map.entry("—", "—"), Map.entry("―", "—"), Map.entry("－", "—"), Map.entry("-", "—"),
            Map.entry("‐", "—"), Map.entry("ー", "—"), Map.entry("–", "—"), Map.entry("−", "—"),
            Map.entry("", ""));

    private Evaluation() {
    }

    static Optional<String> parse(String text) {
        return Optional.ofNullable(SYMBOLS.get(text.strip()));
    }
}
