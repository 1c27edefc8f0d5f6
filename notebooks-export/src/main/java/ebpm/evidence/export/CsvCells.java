package ebpm.evidence.export;

import java.util.List;

/**
 * How one CSV record is written for Excel users: RFC 4180 quoting, and text that Excel would run as a formula
 * (CSV injection) disarmed with a leading apostrophe. Shared by evidence tables and reject files.
 */
public final class CsvCells {

    private CsvCells() {
    }

    /** A record of text cells, each disarmed and quoted, without the line end. */
    public static String line(List<String> textCells) {
        return record(textCells.stream().map(CsvCells::disarmed).toList());
    }

    /** A record of cells already made safe, quoted where needed, without the line end. */
    static String record(List<String> fields) {
        return record(fields, ',');
    }

    /** As {@link #record(List)}, fields separated by {@code separator} (a tab for UTF-16 "Unicode text"). */
    static String record(List<String> fields, char separator) {
        return String.join(String.valueOf(separator), fields.stream().map(field -> quoted(field, separator)).toList());
    }

    // Excel evaluates cells starting with these even in CSV; the apostrophe makes them text.
    static String disarmed(String value) {
        return formulaLike(value) ? "'" + value : value;
    }

    /** Whether Excel would read {@code value} as a formula (=, +, -, @) or strip its start (tab, CR). */
    static boolean formulaLike(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
    }

    static String quoted(String field) {
        return quoted(field, ',');
    }

    static String quoted(String field, char separator) {
        boolean needsQuotes = field.chars().anyMatch(c -> c == separator || c == '"' || c == '\r' || c == '\n');
        return needsQuotes ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
