package ebpm.web.evidence;

import java.util.List;
import java.util.Optional;

/**
 * The values the filter inputs offer, read from the project and the figures.
 *
 * @param fiscalYears    the fiscal years that have figures, newest first
 * @param municipalities the prefecture's municipalities (code, name)
 */
public record FilterChoices(List<Integer> fiscalYears, List<Choice> municipalities, List<Choice> sites,
                            List<Choice> indicators, List<Choice> plans) {

    /** A value and the words shown for it, e.g. 141003 / 横浜市. */
    public record Choice(String value, String label) {
    }

    /** The choices of a parameter type, or empty where the input is free text (a year range, an area, a breakdown). */
    public Optional<List<Choice>> of(String type) {
        return switch (type) {
            case "municipality" -> Optional.of(municipalities);
            case "site" -> Optional.of(sites);
            case "indicator" -> Optional.of(indicators);
            case "plan" -> Optional.of(plans);
            default -> Optional.empty();
        };
    }
}
