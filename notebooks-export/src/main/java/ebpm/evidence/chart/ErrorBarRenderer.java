package ebpm.evidence.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.data.Range;
import org.jfree.data.category.CategoryDataset;

/**
 * Bars with an interval drawn over one series' bars, e.g. the 95% confidence interval of a difference: a line from
 * the lower to the upper end with a cap at each. JFreeChart's statistical renderer takes a mean and a standard
 * deviation; an interval computed in SQL (Welch's t, which need not be symmetric in general) is drawn as it is.
 */
final class ErrorBarRenderer extends BarRenderer {

    private static final long serialVersionUID = 1L;
    private static final Color COLOR = new Color(0x333333);
    private static final double CAP = 0.25;

    private final int series;
    private final List<double[]> intervals;

    /**
     * @param series    the dataset row whose bars get the interval
     * @param intervals per category the interval's {low, high}, or null where there is none
     */
    ErrorBarRenderer(int series, List<double[]> intervals) {
        this.series = series;
        this.intervals = List.copyOf(intervals.stream().map(i -> i == null ? new double[0] : i).toList());
    }

    @Override
    public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                         CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column,
                         int pass) {
        super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
        int visibleRow = state.getVisibleSeriesIndex(row);
        if (row != series || visibleRow < 0 || column >= intervals.size() || intervals.get(column).length == 0) {
            return;
        }
        PlotOrientation orientation = plot.getOrientation();
        double barStart = calculateBarW0(plot, orientation, dataArea, domainAxis, state, visibleRow, column);
        double middle = barStart + state.getBarWidth() / 2;
        double cap = state.getBarWidth() * CAP;
        double low = rangeAxis.valueToJava2D(intervals.get(column)[0], dataArea, plot.getRangeAxisEdge());
        double high = rangeAxis.valueToJava2D(intervals.get(column)[1], dataArea, plot.getRangeAxisEdge());
        g2.setPaint(COLOR);
        g2.setStroke(new BasicStroke(1.5f));
        if (orientation == PlotOrientation.VERTICAL) {
            g2.draw(new Line2D.Double(middle, low, middle, high));
            g2.draw(new Line2D.Double(middle - cap, low, middle + cap, low));
            g2.draw(new Line2D.Double(middle - cap, high, middle + cap, high));
        } else {
            g2.draw(new Line2D.Double(low, middle, high, middle));
            g2.draw(new Line2D.Double(low, middle - cap, low, middle + cap));
            g2.draw(new Line2D.Double(high, middle - cap, high, middle + cap));
        }
    }

    // The axis reaches the ends of every interval, not only the bars.
    @Override
    public Range findRangeBounds(CategoryDataset dataset) {
        Range range = super.findRangeBounds(dataset);
        for (double[] interval : intervals) {
            for (double end : interval) {
                range = Range.expandToInclude(range, end);
            }
        }
        return range;
    }
}
