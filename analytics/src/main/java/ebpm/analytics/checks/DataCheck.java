package ebpm.analytics.checks;

import ebpm.analytics.project.ClasspathFolder;
import ebpm.analytics.catalog.Model;
import ebpm.analytics.engine.SqlText;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One data check a model declares: its {@code unique} key, one {@code not_null} column, or the accepted values of one
 * column. Its SQL ({@code ebpm/checks/<kind>.sql}) returns the offending rows, shown by the model's key.
 *
 * @param columns the key ({@code unique}) or the one column checked
 * @param values  the accepted values ({@code accepted_values} only)
 */
public record DataCheck(Model model, Kind kind, List<String> columns, List<String> values, Severity severity) {

    private static final ClasspathFolder TEMPLATES = new ClasspathFolder(DataCheck.class.getClassLoader(),
            "ebpm/checks/");

    public enum Kind {
        UNIQUE("unique"), NOT_NULL("not_null"), ACCEPTED_VALUES("accepted_values");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public DataCheck {
        columns = List.copyOf(columns);
        values = List.copyOf(values);
    }

    /** As the summary names it, e.g. {@code ind_x unique (area_code, breakdown, period_type, period)}. */
    public String name() {
        String what = kind.label() + " (" + String.join(", ", columns) + ")";
        return model.name() + " " + (kind == Kind.ACCEPTED_VALUES ? what + " in " + values : what);
    }

    /** The query returning the offending rows of {@code rows} (a table, view or sub-query of the model's rows). */
    public String sql(String rows) {
        String column = columns.get(0);
        return template(kind.label())
                .replace("{{rows}}", rows)
                .replace("{{key}}", String.join(", ", columns))
                .replace("{{column}}", column)
                .replace("{{shown}}", String.join(", ", shown(column)))
                .replace("{{values}}", values.stream().map(SqlText::literal).collect(Collectors.joining(", ")));
    }

    /** The model's key to tell the offending rows apart, then the column checked. */
    private List<String> shown(String column) {
        List<String> shown = new ArrayList<>(model.uniqueKey());
        if (!shown.contains(column)) {
            shown.add(column);
        }
        return shown;
    }

    private static String template(String name) {
        return TEMPLATES.read(name + ".sql");
    }
}
