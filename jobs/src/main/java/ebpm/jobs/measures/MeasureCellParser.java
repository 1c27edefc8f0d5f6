package ebpm.jobs.measures;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the free-text 成果指標 (indicator), 目標 (target) and 実績 (actual) cells of the measure indicator sheet
 * (施策別成果指標達成状況一覧): splits cells that list several indicators and reads numbers with their units.
 */
public final class MeasureCellParser {

    /** (1) or （１） or ①: the markers that number the indicators within one cell. */
    private static final Pattern INDICATOR_MARKER = Pattern.compile("[(（]([0-9０-９]{1,2})[)）]|([①-⑳])");

    /**
     * Applied to the half-width text. Units are short runs of letters (or %, ‰, ℃, ㎡ …) so that a longer
     * tail such as {@code t/10a以上、品質30%以上向上} makes the whole text "not a number".
     */
    private static final Pattern QUANTITY = Pattern.compile(
            "(?<sign>[-+▲△])?\\s*"
                    + "(?<number>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)\\s*"
                    + "(?<unit>[\\p{L}%‰°℃\\x{3300}-\\x{33FF}]{0,8}?)"
                    + "(?<qualifier>以上|以下|未満|以内|超)?\\s*"
                    + "(?<note>\\(※\\d*\\)|※\\d*)?");

    private static final Pattern TRAILING_NOTE = Pattern.compile("(?:\\(※\\d*\\)|※\\d*)$");

    private MeasureCellParser() {
    }

    /**
     * Splits a cell like {@code (1)400,000PV (2)100,000PV} into {@code [400,000PV, 100,000PV]}.
     * Only a cell that starts with marker 1 is split, and only at the markers that follow in sequence,
     * so {@code (令和元年度で取組完了)} stays whole. A blank cell has no parts.
     */
    public static List<String> splitIndicators(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        String text = cell.strip();
        Matcher marker = INDICATOR_MARKER.matcher(text);
        if (!marker.lookingAt() || markerNumber(marker) != 1) {
            return List.of(text);
        }
        List<String> parts = new ArrayList<>();
        int partStart = marker.end();
        int expected = 2;
        for (boolean found = marker.find(partStart); found; found = marker.find()) {
            if (markerNumber(marker) == expected) {
                parts.add(text.substring(partStart, marker.start()).strip());
                partStart = marker.end();
                expected++;
            }
        }
        parts.add(text.substring(partStart).strip());
        return List.copyOf(parts);
    }

    /** Reads one indicator's target or actual, e.g. {@code 5,000人以上} → 5000, 人, 以上. */
    public static Quantity parse(String part) {
        String text = Objects.requireNonNull(part, "part").strip();
        String halfWidth = HalfWidth.of(text);
        Matcher quantity = QUANTITY.matcher(halfWidth);
        if (!quantity.matches()) {
            return new Quantity(text, null, null, null, trailingNote(text, halfWidth));
        }
        double number = Double.parseDouble(quantity.group("number").replace(",", ""));
        boolean negative = quantity.group("sign") != null && "-▲△".contains(quantity.group("sign"));
        String note = quantity.group("note") == null ? null : text.substring(quantity.start("note"));
        return new Quantity(text, negative && number != 0 ? -number : number,
                quantity.group("unit"), quantity.group("qualifier"), note);
    }

    private static String trailingNote(String text, String halfWidth) {
        Matcher note = TRAILING_NOTE.matcher(halfWidth);
        return note.find() ? text.substring(note.start()) : null;
    }

    private static int markerNumber(Matcher marker) {
        String number = marker.group(1) != null ? marker.group(1) : marker.group(2);
        int value = 0;
        for (char digit : number.toCharArray()) {
            // getNumericValue reads full-width digits and circled numbers (① is 1, ⑳ is 20) alike.
            value = value * 10 + Character.getNumericValue(digit);
        }
        return value;
    }
}
