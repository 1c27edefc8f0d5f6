package ebpm.evidence.export;

import ebpm.evidence.chart.ChartSpec;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import tech.tablesaw.api.Table;

/**
 * One evidence table as planners receive it: the table itself, the words around it, how its
 * numbers should read, and where they came from.
 *
 * @param name        file-name stem, e.g. {@code achievement-by-pillar_FY2020}
 * @param title       Japanese title, e.g. {@code 施策の成果指標達成状況（柱・中柱別） 令和2年度}
 * @param description Japanese explanation shown above the table; may be empty
 * @param table       the numbers; its column names are the Japanese headers planners read
 * @param decimals    per column name, how many decimals a floating-point column prints
 *                    (e.g. {@code 達成率(%)} → 1); columns not listed print their shortest plain form
 * @param lineage     where the numbers came from
 * @param chart       the chart drawn with the table, if any
 * @param recipe      how to compute the table again (its SQL and views), when it came from a query
 * @param formats     the declared column types and per-row decimals ({@code columns:} of the evidence YAML)
 */
public record EvidenceDocument(String name, String title, String description, Table table,
                               Map<String, Integer> decimals, Lineage lineage, Optional<ChartSpec> chart,
                               Optional<QueryRecipe> recipe, ColumnFormats formats) {

    // The name becomes a file name and a link in the pack index, so it stays portable and URL-safe.
    private static final Pattern FILE_NAME_STEM = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*");

    public EvidenceDocument {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(table, "table");
        decimals = Map.copyOf(Objects.requireNonNull(decimals, "decimals"));
        Objects.requireNonNull(lineage, "lineage");
        if (!FILE_NAME_STEM.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "name must be a file-name stem of ASCII letters, digits, '.', '_' or '-': " + name);
        }
        if (title.isBlank()) {
            throw new IllegalArgumentException("title of " + name + " is blank");
        }
        decimals.forEach((column, places) -> requireKnownColumn(name, table, column, places));
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(recipe, "recipe");
        chart.ifPresent(spec -> requireChartColumns(name, table, spec));
        Objects.requireNonNull(formats, "formats");
        formats.types().keySet().forEach(column -> requireKnownColumn(name, table, column, 0));
        formats.rowDecimals().keySet().forEach(column -> requireKnownColumn(name, table, column, 0));
    }

    /** A document whose column types are all inferred. */
    public EvidenceDocument(String name, String title, String description, Table table,
                            Map<String, Integer> decimals, Lineage lineage, Optional<ChartSpec> chart,
                            Optional<QueryRecipe> recipe) {
        this(name, title, description, table, decimals, lineage, chart, recipe, ColumnFormats.INFERRED);
    }

    /** A document without chart or recipe, e.g. a table built in code. */
    public EvidenceDocument(String name, String title, String description, Table table,
                            Map<String, Integer> decimals, Lineage lineage) {
        this(name, title, description, table, decimals, lineage, Optional.empty(), Optional.empty());
    }

    public EvidenceDocument withChart(ChartSpec spec) {
        return new EvidenceDocument(name, title, description, table, decimals, lineage, Optional.of(spec), recipe,
                formats);
    }

    public EvidenceDocument withRecipe(QueryRecipe query) {
        return new EvidenceDocument(name, title, description, table, decimals, lineage, chart, Optional.of(query),
                formats);
    }

    // Checked here, like decimals, so a mistyped header in the YAML fails the run instead of drawing nothing.
    private static void requireChartColumns(String name, Table table, ChartSpec spec) {
        for (String column : spec.columns()) {
            if (!table.columnNames().contains(column)) {
                throw new IllegalArgumentException("chart of " + name + " names a column the table does not have: "
                        + column + " (columns: " + table.columnNames() + ")");
            }
        }
        for (String column : spec.numberColumns()) {
            if (!CellFormatter.isNumeric(table.column(column))) {
                throw new IllegalArgumentException("chart of " + name + " draws " + column
                        + ", which is not a number column");
            }
        }
    }

    // Japanese headers are easy to mistype (（％） vs (%)); a silent miss would print 70 instead of 70.0.
    private static void requireKnownColumn(String name, Table table, String column, int places) {
        if (!table.columnNames().contains(column)) {
            throw new IllegalArgumentException(
                    "decimals or columns of " + name + " name a column the table does not have: " + column
                            + " (columns: " + table.columnNames() + ")");
        }
        if (places < 0) {
            throw new IllegalArgumentException(
                    "decimals of " + name + " for " + column + " must not be negative: " + places);
        }
    }
}
