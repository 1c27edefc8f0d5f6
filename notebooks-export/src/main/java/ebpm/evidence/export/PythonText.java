package ebpm.evidence.export;

/** Writes values as Python 3 source literals for the code cells of a notebook. */
final class PythonText {

    private PythonText() {
    }

    /**
     * A triple-quoted string literal, for SQL and paths: line breaks stay line breaks, so the text reads as in its
     * file. Backslashes and every quote are escaped, so no run of quotes can close the literal early.
     */
    static String string(String text) {
        return "\"\"\"" + escaped(text, true) + "\"\"\"";
    }

    /** A one-line string literal, e.g. a column name: {@code "達成率(%)"}. */
    static String shortString(String text) {
        return '"' + escaped(text, false) + '"';
    }

    /** A bound parameter value: an integer, a string, or {@code None} for "all". */
    static String value(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof Integer || value instanceof Long) {
            return value.toString();
        }
        return shortString(value.toString());
    }

    private static String escaped(String text, boolean keepLineBreaks) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '"') {
                escaped.append('\\').append(c);
            } else if (c == '\n') {
                escaped.append(keepLineBreaks ? "\n" : "\\n");
            } else if (c == '\r') {
                escaped.append("\\r");
            } else if (c == '\t') {
                escaped.append("\\t");
            } else if (c < 0x20) {
                escaped.append(String.format("\\x%02x", (int) c));
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
