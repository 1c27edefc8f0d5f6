package ebpm.jobs.landing;

import java.util.regex.Pattern;

/** What Excel does to a cell's text that the sender did not mean, undone where it cannot be misread. */
public final class ExcelText {

    private static final Pattern POINT_ZERO = Pattern.compile("(?<=\\d)\\.0+$");

    private ExcelText() {
    }

    /**
     * A whole number as typed: Excel turns 765 into {@code 765.0} and 141003 into {@code 141003.0} when a column was
     * a number before it was saved as text. Any other fraction is left for the caller to refuse.
     */
    public static String withoutPointZero(String text) {
        return POINT_ZERO.matcher(text).replaceFirst("");
    }
}
