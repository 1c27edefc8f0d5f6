package ebpm.analytics.plan;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a sheet cell names a value of a plan's level. Offices write the ICT plan's pillars as 柱Ⅰ 暮らしの情報化 or 柱I
 * and its mid-pillars as ③県民サービスの…, so those are known by the numeral in them; the DX plan's fields are
 * written as the plan names them.
 */
public enum CodeMatch {

    /** The Roman numeral in the text (Latin I, II and full-width Ｉ read as Ⅰ, Ⅱ): 柱Ⅰ 暮らしの情報化 → Ⅰ. */
    NUMERAL("numeral"),
    /** The first character: ③県民サービスの更なる電子化の推進 → ③. */
    LEADING("leading"),
    /** The whole text (either the value's code or its label). */
    WHOLE("whole");

    private static final Pattern ROMAN = Pattern.compile("[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]");
    private static final Pattern LATIN = Pattern.compile("(?<![A-Za-z])(IV|V|I{1,3})(?![A-Za-z])");
    private static final Map<String, String> NUMERALS = Map.of("I", "Ⅰ", "II", "Ⅱ", "III", "Ⅲ", "IV", "Ⅳ", "V", "Ⅴ");

    private final String yamlName;

    CodeMatch(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() {
        return yamlName;
    }

    static Optional<CodeMatch> named(String name) {
        for (CodeMatch match : values()) {
            if (match.yamlName.equals(name)) {
                return Optional.of(match);
            }
        }
        return Optional.empty();
    }

    /** The code the cell states, or empty when it states none this way. */
    public Optional<String> codeIn(String cell) {
        String text = cell.strip();
        return switch (this) {
            case NUMERAL -> numeral(text);
            case LEADING -> text.isEmpty() ? Optional.empty() : Optional.of(text.substring(0, text.offsetByCodePoints(0, 1)));
            case WHOLE -> text.isEmpty() ? Optional.empty() : Optional.of(text);
        };
    }

    private static Optional<String> numeral(String text) {
        Matcher roman = ROMAN.matcher(text);
        if (roman.find()) {
            return Optional.of(roman.group());
        }
        Matcher latin = LATIN.matcher(text.replace('Ｉ', 'I').replace('Ｖ', 'V'));
        return latin.find() ? Optional.of(NUMERALS.get(latin.group(1))) : Optional.empty();
    }
}
