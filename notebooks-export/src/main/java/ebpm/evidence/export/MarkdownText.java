package ebpm.evidence.export;

/**
 * Makes text from data safe in a notebook's Markdown: it shows as written, never as markup, HTML or math.
 * Every ASCII punctuation character Markdown or Jupyter's math reads ({@code $}) is backslash-escaped, which
 * CommonMark allows for any ASCII punctuation; {@code <} and {@code &} become entities.
 */
final class MarkdownText {

    private static final String ESCAPED = "\\`*_{}[]()#+-.!|~$>";

    private MarkdownText() {
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '<') {
                escaped.append("&lt;");
            } else if (c == '&') {
                escaped.append("&amp;");
            } else if (c == '\n' || c == '\r') {
                escaped.append(' ');
            } else {
                if (ESCAPED.indexOf(c) >= 0) {
                    escaped.append('\\');
                }
                escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
