package ebpm.analytics.engine;

import ebpm.analytics.lake.LakeColumn;
import ebpm.analytics.project.ReferenceTable;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL that exposes a reference table (a seed, {@code project_vars}) as a view of literal rows: self-contained,
 * so a notebook re-running an evidence query creates the same view from the statement alone.
 */
public final class ReferenceViews {

    private ReferenceViews() {
    }

    public static String createView(ReferenceTable table) {
        return "CREATE OR REPLACE TEMP VIEW " + table.name() + " AS " + select(table);
    }

    /** Typed columns over a VALUES list; a table without rows is an empty select of the same columns. */
    static String select(ReferenceTable table) {
        List<String> casts = new ArrayList<>();
        List<String> aliases = new ArrayList<>();
        for (int i = 0; i < table.columns().size(); i++) {
            LakeColumn column = table.columns().get(i);
            String alias = "c" + i;
            aliases.add(alias);
            casts.add("CAST(" + (table.rows().isEmpty() ? "NULL" : alias) + " AS " + column.type().sqlType()
                    + ") AS " + column.name());
        }
        if (table.rows().isEmpty()) {
            return "SELECT " + String.join(", ", casts) + " WHERE false";
        }
        List<String> rows = new ArrayList<>();
        for (List<Object> row : table.rows()) {
            rows.add("(" + String.join(", ", row.stream().map(ReferenceViews::literal).toList()) + ")");
        }
        return "SELECT " + String.join(", ", casts) + " FROM (VALUES " + String.join(", ", rows) + ") AS t("
                + String.join(", ", aliases) + ")";
    }

    private static String literal(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof String text) {
            return SqlText.literal(text);
        }
        return value.toString();
    }
}
