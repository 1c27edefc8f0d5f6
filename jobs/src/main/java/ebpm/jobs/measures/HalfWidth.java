package ebpm.jobs.measures;

/**
 * Maps full-width ASCII forms (１２，３４５％) and the ideographic space to ASCII, one char for one char.
 * Unlike NFKC it never changes the length, so a position in the result is the same position in the published text.
 */
final class HalfWidth {

    private static final char FULL_WIDTH_FIRST = '\uFF01';
    private static final char FULL_WIDTH_LAST = '\uFF5E';
    private static final int FULL_TO_ASCII = FULL_WIDTH_FIRST - '!';

    private HalfWidth() {
    }

    static String of(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = of(chars[i]);
        }
        return new String(chars);
    }

    private static char of(char c) {
        if (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST) {
            return (char) (c - FULL_TO_ASCII);
        }
        return switch (c) {
            case '\u3000' -> ' ';
            case '\u2212' -> '-'; // MINUS SIGN, which some word processors put for a hyphen
            default -> c;
        };
    }
}
