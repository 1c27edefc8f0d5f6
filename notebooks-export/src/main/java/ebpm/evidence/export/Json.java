package ebpm.evidence.export;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes JSON text from maps, lists, strings, numbers, booleans and null, indented by one space per level as
 * Jupyter writes notebooks (so a notebook saved again by Jupyter changes little). Japanese stays as UTF-8 text;
 * control characters, quotes, backslashes, U+2028/U+2029 and lone surrogates are escaped.
 */
public final class Json {

    private static final String INDENT = " ";

    private Json() {
    }

    /** The JSON text of {@code value}, ending with a line break. */
    public static String write(Object value) {
        StringBuilder json = new StringBuilder();
        value(json, value, "");
        return json.append('\n').toString();
    }

    private static void value(StringBuilder json, Object value, String indent) {
        if (value == null) {
            json.append("null");
        } else if (value instanceof String text) {
            string(json, text);
        } else if (value instanceof Boolean flag) {
            json.append(flag);
        } else if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            // JSON has no NaN or Infinity; a missing number is null.
            json.append(Double.isFinite(number) ? BigDecimal.valueOf(number).toPlainString() : "null");
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof BigDecimal) {
            json.append(value);
        } else if (value instanceof Map<?, ?> map) {
            object(json, map, indent);
        } else if (value instanceof List<?> list) {
            array(json, list, indent);
        } else {
            throw new IllegalArgumentException("cannot write " + value.getClass().getName() + " as JSON");
        }
    }

    private static void object(StringBuilder json, Map<?, ?> map, String indent) {
        if (map.isEmpty()) {
            json.append("{}");
            return;
        }
        String inner = indent + INDENT;
        json.append("{\n");
        Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
        while (entries.hasNext()) {
            Map.Entry<?, ?> entry = entries.next();
            json.append(inner);
            string(json, (String) entry.getKey());
            json.append(": ");
            value(json, entry.getValue(), inner);
            json.append(entries.hasNext() ? ",\n" : "\n");
        }
        json.append(indent).append('}');
    }

    private static void array(StringBuilder json, List<?> list, String indent) {
        if (list.isEmpty()) {
            json.append("[]");
            return;
        }
        String inner = indent + INDENT;
        json.append("[\n");
        for (int i = 0; i < list.size(); i++) {
            json.append(inner);
            value(json, list.get(i), inner);
            json.append(i < list.size() - 1 ? ",\n" : "\n");
        }
        json.append(indent).append(']');
    }

    static void string(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                case '\b' -> json.append("\\b");
                case '\f' -> json.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || isLoneSurrogate(text, i)) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }

    // A surrogate without its partner cannot be encoded as UTF-8; escaped, the JSON text stays valid.
    private static boolean isLoneSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return false;
    }
}
