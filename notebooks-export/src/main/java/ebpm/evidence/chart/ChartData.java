package ebpm.evidence.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import tech.tablesaw.api.NumberColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * What a chart draws, pivoted out of its table: the categories in the order their rows come, and per series the
 * table row that holds its value in each category. The PNG and the Excel chart both draw from it, so they show the
 * same bars and lines, and the Excel chart can point at the very cells the values are in.
 *
 * @param categories the category labels, e.g. {@code 2022-04} or {@code Ⅰ 暮らしの情報化 小計}
 * @param series     the lines or bars, in the order the legend lists them; series without any value are left out
 */
public record ChartData(List<String> categories, List<Series> series) {

    /** No row of the table holds this series' value in this category. */
    public static final int NO_ROW = -1;

    /**
     * One line or set of bars.
     *
     * @param name   the legend's label: the y column, the series value, or both
     * @param column the y column its values are in
     * @param rows   per category, the table row holding the value, or {@link #NO_ROW}
     */
    public record Series(String name, String column, List<Integer> rows) {

        public Series {
            rows = List.copyOf(rows);
        }

        /** The value in category {@code index}, or empty where there is none (no row, or a blank cell). */
        public Optional<Double> value(Table table, int index) {
            int row = rows.get(index);
            return row == NO_ROW ? Optional.empty() : number(table.column(column), row);
        }
    }

    public ChartData {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
    }

    /**
     * Pivots the rows the chart draws.
     *
     * @throws IllegalArgumentException when two drawn rows have the same category and series, or a bar chart's
     *                                  category has values in two series
     */
    public static ChartData of(Table table, ChartSpec spec) {
        Map<String, Integer> categories = new LinkedHashMap<>();
        Map<String, String> columns = seriesColumns(table, spec);
        Map<String, Map<String, Integer>> rowsBySeries = new LinkedHashMap<>();
        for (String name : columns.keySet()) {
            rowsBySeries.put(name, new LinkedHashMap<>());
        }
        for (int row = 0; row < table.rowCount(); row++) {
            if (!drawn(table, spec, row)) {
                continue;
            }
            String category = category(table, spec, row);
            categories.putIfAbsent(category, categories.size());
            for (String y : spec.y()) {
                String series = seriesName(table, spec, row, y);
                if (rowsBySeries.get(series).putIfAbsent(category, row) != null) {
                    throw new IllegalArgumentException("chart rows repeat the category '" + category + "'"
                            + " for " + series + "; name more columns in x (or a series)");
                }
            }
        }
        List<String> labels = List.copyOf(categories.keySet());
        List<Series> series = new ArrayList<>();
        rowsBySeries.forEach((name, rows) -> {
            Series drawn = new Series(name, columns.get(name),
                    labels.stream().map(label -> rows.getOrDefault(label, NO_ROW)).toList());
            boolean anyValue = false;
            for (int i = 0; i < labels.size(); i++) {
                anyValue |= drawn.value(table, i).isPresent();
            }
            if (anyValue) {
                series.add(drawn);
            }
        });
        ChartData data = new ChartData(labels, series);
        if (spec.type() == ChartSpec.Type.BAR) {
            data.requireOneBarPerCategory(table);
        }
        return data;
    }

    // A bar chart draws one bar per category; two values would stack into one bar that no row of the table shows.
    private void requireOneBarPerCategory(Table table) {
        for (int i = 0; i < categories.size(); i++) {
            int index = i;
            List<String> with = series.stream().filter(s -> s.value(table, index).isPresent())
                    .map(Series::name).toList();
            if (with.size() > 1) {
                throw new IllegalArgumentException("a bar chart draws one bar per category, but '"
                        + categories.get(i) + "' has values for " + with + "; name more columns in x"
                        + " or use grouped_bar");
            }
        }
    }

    /** The longest category label, in characters. */
    public int longestCategory() {
        return categories.stream().mapToInt(label -> label.codePointCount(0, label.length())).max().orElse(0);
    }

    // Per series name, in order of first appearance, the y column its values are in.
    private static Map<String, String> seriesColumns(Table table, ChartSpec spec) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (int row = 0; row < table.rowCount(); row++) {
            if (drawn(table, spec, row)) {
                for (String y : spec.y()) {
                    columns.putIfAbsent(seriesName(table, spec, row, y), y);
                }
            }
        }
        return columns;
    }

    private static String seriesName(Table table, ChartSpec spec, int row, String y) {
        if (spec.series().isEmpty()) {
            return y;
        }
        String value = text(table.column(spec.series().get()), row);
        return spec.y().size() == 1 ? value : value + " " + y;
    }

    private static boolean drawn(Table table, ChartSpec spec, int row) {
        return spec.only().entrySet().stream()
                .allMatch(only -> only.getValue().contains(text(table.column(only.getKey()), row)));
    }

    private static String category(Table table, ChartSpec spec, int row) {
        return spec.x().stream().map(column -> text(table.column(column), row))
                .filter(text -> !text.isBlank()).collect(Collectors.joining(" "));
    }

    static String text(Column<?> column, int row) {
        return column.isMissing(row) ? "" : column.getString(row);
    }

    /** A number column's value as drawn: empty for a blank cell, NaN or infinity. */
    public static Optional<Double> number(Column<?> column, int row) {
        if (!(column instanceof NumberColumn<?, ?>) || column.isMissing(row)) {
            return Optional.empty();
        }
        double value = ((Number) column.get(row)).doubleValue();
        return Double.isFinite(value) ? Optional.of(value) : Optional.empty();
    }
}
