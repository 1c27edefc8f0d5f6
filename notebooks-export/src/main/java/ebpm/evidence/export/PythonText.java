package ebpm.evidence.export;

/** Writes values as Python 3 source literals for the code cells of a notebook. */
final class PythonText {

    private PythonText() {
    }

    /**
     * A string literal; SQL and paths are written as triple-quoted strings, so they read as in their files.
     * Backslashes and quotes are escaped, so any text round-trips exactly.
     */
    static String string(String text) {
        StringBuilder literal = new StringBuilder("\"\"\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> literal.append("\\\\");
                // Escaping every quote keeps three in a row, or one at the end, from closing the literal.
                case '"' -> literal.append("\\\"");
                case '\r' -> literal.append("\\r");
                case '\t' -> literal.append("\\t");
                default -> {
                    if (c < 0x20 && c != '\n') {
                        literal.append(String.format("\\x%02x", (int) c));
                    } else {
                        literal.append(c);
                    }
                }
            }
        }
        return literal.append("\"\"\"").toString();
    }

    /** A one-line string literal, e.g. a column name: {@code "達成率(%)"}. */
    static String shortString(String text) {
        StringBuilder literal = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> literal.append("\\\\");
                case '"' -> literal.append("\\\"");
                case '\n' -> literal.append("\\n");
                case '\r' -> literal.append("\\r");
                case '\t' -> literal.append("\\t");
                default -> {
                    if (c < 0x20) {
                        literal.append(String.format("\\x%02x", (int) c));
                    } else {
                        literal.append(c);
                    }
                }
            }
        }
        return literal.append('"').toString();
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
}
