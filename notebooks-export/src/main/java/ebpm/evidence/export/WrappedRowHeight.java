package ebpm.evidence.export;

/**
 * How tall a row must be for text that wraps in its cell to show whole. Excel and LibreOffice do not measure rows
 * when they open a file written without heights, so a long reason or description would print cut to one line.
 * The estimate counts display columns (Japanese two) per line of the column's width.
 */
final class WrappedRowHeight {

    // 游ゴシック 11pt takes about 18.75pt a line in Excel; LibreOffice's substitute fonts a little less.
    static final float POINTS_PER_LINE = 18.75f;
    // Excel's limit for a row's height.
    static final float MAX_POINTS = 409f;

    private WrappedRowHeight() {
    }

    /** The lines {@code text} takes in a column {@code widthChars} wide, at least one. */
    static int lines(String text, int widthChars) {
        // A character's width of padding: wrapping starts a little before the column's edge.
        int usable = Math.max(1, widthChars - 1);
        int lines = 0;
        for (String line : text.split("\n", -1)) {
            lines += Math.max(1, (DisplayWidth.of(line) + usable - 1) / usable);
        }
        return Math.max(1, lines);
    }

    /** The height in points for that many lines, within Excel's limit. */
    static float points(int lines) {
        return Math.min(MAX_POINTS, lines * POINTS_PER_LINE);
    }
}
