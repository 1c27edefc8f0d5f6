package ebpm.evidence.chart;

import ebpm.analytics.project.DefinitionException;
import ebpm.analytics.project.YamlBlock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The chart an evidence table declares in its YAML under {@code chart:}, e.g.
 * <pre>
 * chart:
 *   type: bar                        # bar (rates, year-on-year) or line (monthly trends)
 *   x: [柱, 中柱]                     # the category: non-blank values of these columns joined by a space
 *   y: [達成率(%), 前年度達成率(%)]    # numeric columns, one bar or line each
 *   only: {中柱: [小計, ""]}          # optional: draw only rows whose column has one of these values
 *   series: サイト                    # optional, for long tables: one line per value of this column (one y)
 *   title: 達成率の前年度比較          # optional; the table's title by default
 * </pre>
 *
 * @param x      columns whose values label a category, in order
 * @param y      numeric columns drawn
 * @param series column whose values split the rows into one line or bar group each, if any
 * @param only   per column, the values a row must have to be drawn; empty draws every row
 * @param title  the chart's own title, or empty to use the table's
 */
public record ChartSpec(Type type, List<String> x, List<String> y, Optional<String> series,
                        Map<String, List<String>> only, String title) {

    /** How the values are drawn. */
    public enum Type {
        BAR, LINE;

        public String yamlName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final Set<String> KEYS = Set.of("type", "x", "y", "series", "only", "title");

    public ChartSpec {
        Objects.requireNonNull(type, "type");
        x = List.copyOf(x);
        y = List.copyOf(y);
        Objects.requireNonNull(series, "series");
        only = Map.copyOf(only);
        Objects.requireNonNull(title, "title");
        if (x.isEmpty() || y.isEmpty()) {
            throw new IllegalArgumentException("a chart needs at least one x and one y column");
        }
        if (series.isPresent() && y.size() != 1) {
            throw new IllegalArgumentException("a chart with series draws exactly one y column, not " + y);
        }
    }

    /**
     * Reads the {@code chart:} block of an evidence YAML.
     *
     * @throws DefinitionException naming the file, the line and what is wrong, e.g. an unknown type or key
     */
    public static ChartSpec fromYaml(YamlBlock yaml) {
        yaml.allowOnly(KEYS);
        Map<String, List<String>> only = new LinkedHashMap<>();
        yaml.optionalBlock("only").ifPresent(block -> block.keys().forEach(column -> only.put(column,
                block.texts(column))));
        try {
            return new ChartSpec(type(yaml.text("type")), yaml.texts("x"), yaml.texts("y"),
                    yaml.optionalText("series"), only, yaml.optionalText("title").orElse(""));
        } catch (IllegalArgumentException e) {
            throw new DefinitionException(yaml.file() + " line " + yaml.line("type") + ": chart: " + e.getMessage(), e);
        }
    }

    /** Every column the chart reads, so a definition can be checked against its table. */
    public List<String> columns() {
        List<String> columns = new ArrayList<>(x);
        columns.addAll(y);
        series.ifPresent(columns::add);
        columns.addAll(only.keySet());
        return columns;
    }

    private static Type type(Object value) {
        for (Type type : Type.values()) {
            if (type.yamlName().equals(value)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown type '" + value + "'; use bar or line");
    }
}
