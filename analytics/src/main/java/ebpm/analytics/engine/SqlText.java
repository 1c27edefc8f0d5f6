package ebpm.analytics.engine;

import java.nio.file.Path;

/** Writes values into SQL text where a bind parameter cannot go (file paths in table functions, DDL). */
public final class SqlText {

    private SqlText() {
    }

    public static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    public static String literal(Path path) {
        return literal(path.toAbsolutePath().normalize().toString().replace('\\', '/'));
    }
}
