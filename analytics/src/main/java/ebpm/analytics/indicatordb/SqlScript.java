package ebpm.analytics.indicatordb;

import java.util.Arrays;
import java.util.List;

/**
 * The statements of a {@code .sql} file that holds several, as JDBC runs them one at a time: a statement ends with
 * {@code ;} at the end of a line (so a {@code ;} inside a line, in a string or a comment, does not end it), and a
 * part holding nothing but comments is no statement.
 */
public final class SqlScript {

    private SqlScript() {
    }

    public static List<String> statements(String script) {
        return Arrays.stream(script.split(";[ \\t]*(\\r?\\n|$)"))
                .map(String::strip)
                .filter(SqlScript::holdsMoreThanComments)
                .toList();
    }

    private static boolean holdsMoreThanComments(String part) {
        return part.lines().map(String::strip).anyMatch(line -> !line.isEmpty() && !line.startsWith("--"));
    }
}
