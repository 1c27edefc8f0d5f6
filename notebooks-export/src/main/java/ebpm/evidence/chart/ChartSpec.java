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
 *   type: grouped_bar                # line (trends), bar (one bar per category: rankings), grouped_bar (comparisons)
 *   x: [柱, 中柱]                     # the category: non-blank values of these columns joined by a space
 *   y: [達成率(%), 前年度達成率(%)]    # numeric columns, one line or bar each
 *   only: {中柱: [小計, ""]}          # optional: draw only rows whose column has one of these values
 *   series: サイト                    # optional, for long tables: one line or bar per value of this column (and y)
 *   error_bars: {y: 差(pt), low: 95%信頼区間下限(pt), high: 95%信頼区間上限(pt)}   # optional, on bars
 *   title: 達成率の前年度比較          # optional; the table's title by default
 * </pre>
 *
 * @param x         columns whose values label a category, in order
 * @param y         numeric columns drawn
 * @param series    column whose values split the rows into one line or bar each, if any
 * @param only      per column, the values a row must have to be drawn; empty draws every row
 * @param title     the chart's own title, or empty to use the table's
 * @param errorBars the interval drawn around one y column's bars, if any
 */
public record ChartSpec(Type type, List<String> x, List<String> y, Optional<String> series,
                        Map<String, List<String>> only, String title, Optional<ErrorBars> errorBars) {

    /** How the values are drawn. */
    public enum Type {
        /** One line per y column (and series value), categories in table order: trends over time. */
        LINE,
        /** One bar per category (one y; with series, each bar coloured by its row's series value): rankings. */
        BAR,
        /** Bars of several y columns or series side by side per category: comparisons. */
        GROUPED_BAR;

        public String yamlName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public boolean bars() {
            return this != LINE;
        }
    }

    /**
     * The interval around the bars of one y column, e.g. a confidence interval.
     *
     * @param y    the drawn column the interval belongs to
     * @param low  the column holding the interval's lower end (a value on the axis, not a distance)
     * @param high the column holding its upper end
     */
    public record ErrorBars(String y, String low, String high) {

        private static final Set<String> KEYS = Set.of("y", "low", "high");

        public ErrorBars {
            Objects.requireNonNull(y, "y");
            Objects.requireNonNull(low, "low");
            Objects.requireNonNull(high, "high");
        }

        static ErrorBars fromYaml(YamlBlock yaml) {
            yaml.allowOnly(KEYS);
            return new ErrorBars(yaml.text("y"), yaml.text("low"), yaml.text("high"));
        }
    }

    private static final Set<String> KEYS = Set.of("type", "x", "y", "series", "only", "title", "error_bars");

    public ChartSpec {
        Objects.requireNonNull(type, "type");
        x = List.copyOf(x);
        y = List.copyOf(y);
        Objects.requireNonNull(series, "series");
        only = Map.copyOf(only);
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(errorBars, "errorBars");
        if (x.isEmpty() || y.isEmpty()) {
            throw new IllegalArgumentException("a chart needs at least one x and one y column");
        }
        if (type == Type.BAR && y.size() > 1) {
            throw new IllegalArgumentException("type bar draws one y column, not " + y
                    + "; use grouped_bar to draw them side by side");
        }
        if (type == Type.GROUPED_BAR && y.size() == 1 && series.isEmpty()) {
            throw new IllegalArgumentException("type grouped_bar needs several y columns or a series column;"
                    + " use bar for one");
        }
        if (errorBars.isPresent()) {
            requireDrawable(type, y, series, errorBars.get());
        }
    }

    /** A chart without error bars. */
    public ChartSpec(Type type, List<String> x, List<String> y, Optional<String> series,
                     Map<String, List<String>> only, String title) {
        this(type, x, y, series, only, title, Optional.empty());
    }

    private static void requireDrawable(Type type, List<String> y, Optional<String> series, ErrorBars bars) {
        if (!type.bars()) {
            throw new IllegalArgumentException("error_bars are drawn on bars; for a line chart add "
                    + bars.low() + " and " + bars.high() + " to y");
        }
        if (!y.contains(bars.y())) {
            throw new IllegalArgumentException("error_bars y " + bars.y() + " is not one of y " + y);
        }
        if (series.isPresent()) {
            throw new IllegalArgumentException("error_bars need a chart without series (one bar of "
                    + bars.y() + " per category)");
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
        Optional<ErrorBars> errorBars = yaml.optionalBlock("error_bars").map(ErrorBars::fromYaml);
        try {
            return new ChartSpec(type(yaml.text("type")), yaml.texts("x"), yaml.texts("y"),
                    yaml.optionalText("series"), only, yaml.optionalText("title").orElse(""), errorBars);
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
        errorBars.ifPresent(bars -> columns.addAll(List.of(bars.low(), bars.high())));
        return columns;
    }

    /** The numeric columns the chart reads: y and the ends of the error bars. */
    public List<String> numberColumns() {
        List<String> columns = new ArrayList<>(y);
        errorBars.ifPresent(bars -> columns.addAll(List.of(bars.low(), bars.high())));
        return columns;
    }

    private static Type type(Object value) {
        for (Type type : Type.values()) {
            if (type.yamlName().equals(value)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown type '" + value + "'; use line, bar or grouped_bar");
    }
}
