package ebpm.evidence.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import tech.tablesaw.api.NumberColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Draws the chart an evidence table declares as a PNG, with the bundled Japanese font, so the image is the same on
 * every machine and can be embedded in pages and notebooks without loading anything.
 */
public final class ChartRenderer {

    static final int WIDTH = 960;
    private static final int VERTICAL_HEIGHT = 540;
    // Long Japanese category names read better down the side than slanted under the axis.
    private static final int HORIZONTAL_LABEL_LENGTH = 8;
    private static final int MANY_CATEGORIES = 12;
    private static final Color[] SERIES_COLORS = {
        new Color(0x1f5fa8), new Color(0xe08a1e), new Color(0x3a9a5b), new Color(0xc0392b),
        new Color(0x7d5ba6), new Color(0x8c6d46), new Color(0x2c9fb3), new Color(0x7f7f7f)};

    private ChartRenderer() {
    }

    /**
     * The chart as PNG bytes.
     *
     * @param title    the chart title when the spec has none, e.g. the table's title
     * @param decimals per column, the decimals its values print with (as in the table)
     * @throws IllegalArgumentException when two drawn rows have the same category and series
     */
    public static byte[] png(Table table, ChartSpec spec, String title, Map<String, Integer> decimals) {
        DefaultCategoryDataset dataset = dataset(table, spec);
        boolean horizontal = horizontal(spec, dataset);
        JFreeChart chart = chart(spec, spec.title().isBlank() ? title : spec.title(), dataset, horizontal);
        theme().apply(chart);
        style(chart, spec, dataset, horizontal, decimals);
        int height = horizontal ? horizontalHeight(dataset) : VERTICAL_HEIGHT;
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(png, chart, WIDTH, height);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode chart as PNG", e);
        }
        return png.toByteArray();
    }

    /** Whether the bars run across, as they do when category names are long; lines always run across time. */
    public static boolean horizontal(Table table, ChartSpec spec) {
        return horizontal(spec, dataset(table, spec));
    }

    private static boolean horizontal(ChartSpec spec, DefaultCategoryDataset dataset) {
        return spec.type() == ChartSpec.Type.BAR && longestLabel(dataset) > HORIZONTAL_LABEL_LENGTH;
    }

    /** Every text the chart shows, so a caller can check the font has a glyph for each. */
    public static Set<String> labels(Table table, ChartSpec spec, String title) {
        DefaultCategoryDataset dataset = dataset(table, spec);
        Set<String> labels = new TreeSet<>();
        labels.add(spec.title().isBlank() ? title : spec.title());
        labels.add(categoryAxisLabel(spec));
        labels.add(valueAxisLabel(spec));
        for (Object key : dataset.getColumnKeys()) {
            labels.add(key.toString());
        }
        for (Object key : dataset.getRowKeys()) {
            labels.add(key.toString());
        }
        labels.remove("");
        return labels;
    }

    static DefaultCategoryDataset dataset(Table table, ChartSpec spec) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (int at = 0; at < table.rowCount(); at++) {
            int row = at;
            if (!drawn(table, spec, row)) {
                continue;
            }
            String category = category(table, spec, row);
            for (String y : spec.y()) {
                String series = spec.series().map(column -> text(table.column(column), row)).orElse(y);
                if (dataset.getRowIndex(series) >= 0 && dataset.getColumnIndex(category) >= 0
                        && dataset.getValue(series, category) != null) {
                    throw new IllegalArgumentException("chart rows repeat the category '" + category + "'"
                            + " for " + series + "; name more columns in x (or a series)");
                }
                dataset.addValue(value(table.column(y), row), series, category);
            }
        }
        return dataset;
    }

    private static boolean drawn(Table table, ChartSpec spec, int row) {
        return spec.only().entrySet().stream()
                .allMatch(only -> only.getValue().contains(text(table.column(only.getKey()), row)));
    }

    private static String category(Table table, ChartSpec spec, int row) {
        return spec.x().stream().map(column -> text(table.column(column), row))
                .filter(text -> !text.isBlank()).collect(Collectors.joining(" "));
    }

    private static String text(Column<?> column, int row) {
        return column.isMissing(row) ? "" : column.getString(row);
    }

    private static Number value(Column<?> column, int row) {
        if (!(column instanceof NumberColumn<?, ?>) || column.isMissing(row)) {
            return null;
        }
        double value = ((Number) column.get(row)).doubleValue();
        return Double.isFinite(value) ? value : null;
    }

    private static JFreeChart chart(ChartSpec spec, String title, DefaultCategoryDataset dataset,
                                    boolean horizontal) {
        boolean legend = dataset.getRowCount() > 1;
        PlotOrientation orientation = horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL;
        return spec.type() == ChartSpec.Type.BAR
                ? ChartFactory.createBarChart(title, categoryAxisLabel(spec), valueAxisLabel(spec), dataset,
                        orientation, legend, false, false)
                : ChartFactory.createLineChart(title, categoryAxisLabel(spec), valueAxisLabel(spec), dataset,
                        orientation, legend, false, false);
    }

    private static String categoryAxisLabel(ChartSpec spec) {
        return String.join("・", spec.x());
    }

    private static String valueAxisLabel(ChartSpec spec) {
        return spec.y().size() == 1 ? spec.y().get(0) : "";
    }

    private static StandardChartTheme theme() {
        StandardChartTheme theme = new StandardChartTheme("ebpm");
        theme.setExtraLargeFont(JapaneseFont.bold(20f));
        theme.setLargeFont(JapaneseFont.regular(15f));
        theme.setRegularFont(JapaneseFont.regular(13f));
        theme.setSmallFont(JapaneseFont.regular(11f));
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setRangeGridlinePaint(new Color(0xd0d0d0));
        theme.setDomainGridlinePaint(new Color(0xd0d0d0));
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        return theme;
    }

    private static void style(JFreeChart chart, ChartSpec spec, DefaultCategoryDataset dataset, boolean horizontal,
                              Map<String, Integer> decimals) {
        chart.setTextAntiAlias(true);
        chart.setAntiAlias(true);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setOutlineVisible(false);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        CategoryAxis categories = plot.getDomainAxis();
        categories.setMaximumCategoryLabelLines(2);
        if (horizontal) {
            // Names down the side explain themselves; an axis title turned sideways only takes room.
            categories.setLabel(null);
        }
        if (!horizontal && dataset.getColumnCount() > MANY_CATEGORIES) {
            categories.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        CategoryItemRenderer renderer = plot.getRenderer();
        for (int series = 0; series < dataset.getRowCount(); series++) {
            renderer.setSeriesPaint(series, SERIES_COLORS[series % SERIES_COLORS.length]);
        }
        if (renderer instanceof BarRenderer bars) {
            bars.setItemMargin(0.05);
            bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", format(spec, decimals)));
            bars.setDefaultItemLabelsVisible(true);
            bars.setDefaultItemLabelFont(JapaneseFont.regular(11f));
        } else if (renderer instanceof LineAndShapeRenderer lines) {
            lines.setDefaultShapesVisible(dataset.getColumnCount() <= 2 * MANY_CATEGORIES);
            for (int series = 0; series < dataset.getRowCount(); series++) {
                lines.setSeriesStroke(series, new BasicStroke(2.5f));
            }
        }
    }

    // Bar labels print like the table: a rate with one decimal shows 69.8, a count 1,234.
    private static DecimalFormat format(ChartSpec spec, Map<String, Integer> decimals) {
        int places = spec.y().stream().mapToInt(y -> decimals.getOrDefault(y, 0)).max().orElse(0);
        return new DecimalFormat(places == 0 ? "#,##0" : "#,##0." + "0".repeat(places));
    }

    private static int longestLabel(DefaultCategoryDataset dataset) {
        List<?> keys = dataset.getColumnKeys();
        return keys.stream().mapToInt(key -> key.toString().codePointCount(0, key.toString().length()))
                .max().orElse(0);
    }

    private static int horizontalHeight(DefaultCategoryDataset dataset) {
        int perCategory = 10 + 18 * Math.max(1, dataset.getRowCount());
        return Math.max(360, 160 + dataset.getColumnCount() * perCategory);
    }
}
