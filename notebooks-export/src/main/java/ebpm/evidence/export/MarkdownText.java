package ebpm.evidence.export;

import java.util.regex.Pattern;

/**
 * Makes text from data safe in a notebook's Markdown: it shows as written, never as markup, HTML or math.
 * Characters that start inline markup or Jupyter's math ({@code $}) are backslash-escaped (CommonMark allows it for
 * any ASCII punctuation), {@code <} and {@code &} become entities, and a start that would open a heading, list or
 * quote is escaped too. Line breaks become spaces: each value stays on its line of the cell.
 */
final class MarkdownText {

    private static final String INLINE = "\\`*_[]$|~";
    private static final Pattern BLOCK_START = Pattern.compile("^(\\s*)([#>+=-]|\\d+(?=[.)]))");

    private MarkdownText() {
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '<') {
                escaped.append("&lt;");
            } else if (c == '>') {
                escaped.append("&gt;");
            } else if (c == '&') {
                escaped.append("&amp;");
            } else if (c == '\n' || c == '\r') {
                escaped.append(' ');
            } else {
                if (INLINE.indexOf(c) >= 0) {
                    escaped.append('\\');
                }
                escaped.append(c);
            }
        }
        return blockStartEscaped(escaped.toString());
    }

    // "# x", "- x", "1. x" or "> x" at the start of a value would become a heading, a list or a quote.
    private static String blockStartEscaped(String text) {
        var start = BLOCK_START.matcher(text);
        if (!start.find()) {
            return text;
        }
        int at = start.end(2);
        boolean digits = Character.isDigit(text.charAt(start.start(2)));
        return digits ? text.substring(0, at) + "\\" + text.substring(at)
                : text.substring(0, start.start(2)) + "\\" + text.substring(start.start(2));
    }
}
