package ebpm.jobs.measures;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pillar numeral as the sheet means it: offices type 柱I or 柱 II with Latin letters (or full-width Ｉ) where the
 * report prints Ⅰ, Ⅱ. A pillar that already has a Roman numeral character is left as written.
 */
final class RomanNumerals {

    private static final Pattern LATIN = Pattern.compile("(?<![A-Za-z])(IV|V|I{1,3})(?![A-Za-z])");
    private static final Map<String, String> NUMERALS = Map.of("I", "Ⅰ", "II", "Ⅱ", "III", "Ⅲ", "IV", "Ⅳ", "V", "Ⅴ");

    private RomanNumerals() {
    }

    static String inPillar(String pillar) {
        String halfWidth = pillar.replace('Ｉ', 'I').replace('Ｖ', 'V');
        if (halfWidth.matches(".*[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ].*")) {
            return pillar;
        }
        Matcher latin = LATIN.matcher(halfWidth);
        return latin.find() ? latin.replaceFirst(NUMERALS.get(latin.group(1))) : pillar;
    }
}
