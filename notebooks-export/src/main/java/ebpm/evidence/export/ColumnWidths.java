package ebpm.evidence.export;

import java.util.Arrays;

/**
 * Column widths that let a table print one page wide at a readable size: each column as wide as its text (up to a
 * cap), then, while the table is wider than the page, the widest text column narrowed one character at a time (its
 * text wraps) down to a floor. Numbers and short codes keep their width; long names and reasons give way.
 */
final class ColumnWidths {

    /** A text column is not narrowed below this many characters (ten Japanese ones). */
    static final int FLOOR = 20;

    private ColumnWidths() {
    }

    /**
     * @param natural  per column the width its text asks for, in characters
     * @param wrapping per column whether its text may wrap (text columns)
     * @param page     the width to fit, in characters
     */
    static int[] fitted(int[] natural, boolean[] wrapping, int page) {
        int[] widths = Arrays.copyOf(natural, natural.length);
        while (Arrays.stream(widths).sum() > page) {
            int widest = -1;
            for (int col = 0; col < widths.length; col++) {
                if (wrapping[col] && widths[col] > FLOOR && (widest < 0 || widths[col] > widths[widest])) {
                    widest = col;
                }
            }
            if (widest < 0) {
                break;
            }
            widths[widest]--;
        }
        return widths;
    }
}
