package ebpm.evidence.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
import tech.tablesaw.api.Table;

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
        synchronized (ChartRenderer.class) {
            if (lastDrawn != null && lastDrawn.isOf(table, spec, title, decimals)) {
                return lastDrawn.png().clone();
            }
        }
        byte[] png = draw(table, spec, title, decimals);
        synchronized (ChartRenderer.class) {
            lastDrawn = new Drawn(table, spec, title, Map.copyOf(decimals), png);
        }
        return png.clone();
    }

    /**
     * The chart drawn last, by the identity of its table: the HTML export and the notebook of one document draw
     * the same chart one after the other, and drawing and encoding it is most of their time.
     */
    private static Drawn lastDrawn;

    private record Drawn(Table table, ChartSpec spec, String title, Map<String, Integer> decimals, byte[] png) {
        boolean isOf(Table otherTable, ChartSpec otherSpec, String otherTitle, Map<String, Integer> otherDecimals) {
            return table == otherTable && spec.equals(otherSpec) && title.equals(otherTitle)
                    && decimals.equals(otherDecimals);
        }
    }

    private static byte[] draw(Table table, ChartSpec spec, String title, Map<String, Integer> decimals) {
        ChartData data = ChartData.of(table, spec);
        DefaultCategoryDataset dataset = dataset(table, data);
        boolean horizontal = horizontal(spec, data);
        JFreeChart chart = chart(spec, spec.title().isBlank() ? title : spec.title(), dataset, horizontal);
        spec.errorBars().ifPresent(bars -> chart.getCategoryPlot().setRenderer(
                new ErrorBarRenderer(seriesIndex(data, bars.y()), intervals(table, data, bars))));
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
        return horizontal(spec, ChartData.of(table, spec));
    }

    /** Whether the bars of this data run across: the Excel chart follows the same rule as the PNG. */
    public static boolean horizontal(ChartSpec spec, ChartData data) {
        return spec.type().bars() && data.longestCategory() > HORIZONTAL_LABEL_LENGTH;
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
        return dataset(table, ChartData.of(table, spec));
    }

    private static DefaultCategoryDataset dataset(Table table, ChartData data) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (ChartData.Series series : data.series()) {
            for (int i = 0; i < data.categories().size(); i++) {
                dataset.addValue(series.value(table, i).orElse(null), series.name(), data.categories().get(i));
            }
        }
        return dataset;
    }

    private static int seriesIndex(ChartData data, String column) {
        for (int i = 0; i < data.series().size(); i++) {
            if (data.series().get(i).column().equals(column)) {
                return i;
            }
        }
        return -1;
    }

    // Per category the interval's ends, or null where the table has none.
    private static List<double[]> intervals(Table table, ChartData data, ChartSpec.ErrorBars bars) {
        int index = seriesIndex(data, bars.y());
        if (index < 0) {
            return List.of();
        }
        ChartData.Series series = data.series().get(index);
        List<double[]> intervals = new ArrayList<>();
        for (int i = 0; i < data.categories().size(); i++) {
            int row = series.rows().get(i);
            var low = row == ChartData.NO_ROW ? Optional.<Double>empty() : ChartData.number(table.column(bars.low()), row);
            var high = row == ChartData.NO_ROW ? Optional.<Double>empty() : ChartData.number(table.column(bars.high()), row);
            intervals.add(low.isPresent() && high.isPresent() ? new double[] {low.get(), high.get()} : null);
        }
        return intervals;
    }

    private static JFreeChart chart(ChartSpec spec, String title, DefaultCategoryDataset dataset,
                                    boolean horizontal) {
        boolean legend = dataset.getRowCount() > 1;
        PlotOrientation orientation = horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL;
        return switch (spec.type()) {
            // One bar per category, coloured by its series: stacked, as each category has one value.
            case BAR -> spec.series().isPresent()
                    ? ChartFactory.createStackedBarChart(title, categoryAxisLabel(spec), valueAxisLabel(spec),
                            dataset, orientation, legend, false, false)
                    : ChartFactory.createBarChart(title, categoryAxisLabel(spec), valueAxisLabel(spec), dataset,
                            orientation, legend, false, false);
            case GROUPED_BAR -> ChartFactory.createBarChart(title, categoryAxisLabel(spec), valueAxisLabel(spec),
                    dataset, orientation, legend, false, false);
            case LINE -> ChartFactory.createLineChart(title, categoryAxisLabel(spec), valueAxisLabel(spec), dataset,
                    orientation, legend, false, false);
        };
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
            renderer.setSeriesPaint(series, ChartColors.of(series));
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

    private static int horizontalHeight(DefaultCategoryDataset dataset) {
        int perCategory = 10 + 18 * Math.max(1, dataset.getRowCount());
        return Math.max(360, 160 + dataset.getColumnCount() * perCategory);
    }
}
