package ebpm.evidence.export;

import ebpm.evidence.chart.ChartColors;
import ebpm.evidence.chart.ChartData;
import ebpm.evidence.chart.ChartRenderer;
import ebpm.evidence.chart.ChartSpec;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.namespace.QName;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.DisplayBlanks;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFErrorBars;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.xmlbeans.XmlCursor;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.ShortColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTErrBars;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumData;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumDataSource;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumRef;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumVal;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTUnsignedInt;
import org.openxmlformats.schemas.drawingml.x2006.chart.STErrBarType;
import org.openxmlformats.schemas.drawingml.x2006.chart.STErrDir;
import org.openxmlformats.schemas.drawingml.x2006.main.CTLineProperties;
import org.openxmlformats.schemas.drawingml.x2006.chart.STErrValType;

/**
 * The declared chart as a native Excel chart on its own sheet, its series bound to cells, so a planner can restyle
 * it, change its type or copy it into a report like any chart made in Excel.
 *
 * <p>A series whose values are one unbroken run of table rows (a trend per site, a ranking) points at the table's
 * own cells. Otherwise (rows picked by {@code only:}, categories joined from several columns, error bars, which
 * Excel takes as distances from the bar rather than as the interval's ends) the chart reads a block of formulas
 * below the chart on its sheet, each referring to the table's cell: the chart still follows an edit of the table.
 *
 * <p>The chart fills one landscape page and its sheet prints only the chart, so it is never cut across pages.
 */
final class XlsxChart {

    static final String SHEET = "グラフ";
    private static final String CHART_NAMESPACE = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    // Near a landscape A4 page's proportions in default cells (64 × 20 pixels): about 1,090 × 720 pixels.
    static final int LAST_COLUMN = 16;
    static final int LAST_ROW = 35;
    private static final double LINE_WIDTH_POINTS = 2.25;
    private static final int ERROR_BAR_WIDTH_EMU = 19_050;
    private static final int DATA_FIRST_ROW = LAST_ROW + 3;
    static final String DATA_HEADING = "グラフのデータ（表シートのセルを参照する式。印刷されません）";

    private final XSSFWorkbook workbook;
    private final XSSFSheet table;
    private final EvidenceDocument doc;
    private final ChartSpec spec;
    private final ChartData data;
    private final CellStyle header;

    private XlsxChart(XSSFWorkbook workbook, XSSFSheet table, EvidenceDocument doc, CellStyle header) {
        this.workbook = workbook;
        this.table = table;
        this.doc = doc;
        this.spec = doc.chart().orElseThrow();
        this.data = ChartData.of(doc.table(), spec);
        this.header = header;
    }

    /**
     * Adds sheet グラフ with the chart of {@code doc}, whose table is on {@code table} (headers in row 1, row
     * {@code r} of the table in sheet row {@code r + 2}, column {@code c} in sheet column {@code c + 1}).
     *
     * @return the chart sheet, for its page setup
     */
    static XSSFSheet add(XSSFWorkbook workbook, XSSFSheet table, EvidenceDocument doc, CellStyle header) {
        return new XlsxChart(workbook, table, doc, header).draw();
    }

    private XSSFSheet draw() {
        XSSFSheet sheet = workbook.createSheet(SHEET);
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 0, 0, LAST_COLUMN + 1, LAST_ROW + 1));
        chart.setTitleText(spec.title().isBlank() ? doc.title() : spec.title());
        chart.setTitleOverlay(false);
        // A blank cell is a gap: the file format's default when unstated is a zero.
        chart.displayBlanksAs(DisplayBlanks.GAP);
        if (data.series().size() > 1) {
            chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        }
        boolean horizontal = ChartRenderer.horizontal(spec, data);
        XDDFCategoryAxis categories = chart.createCategoryAxis(horizontal ? AxisPosition.LEFT : AxisPosition.BOTTOM);
        XDDFValueAxis values = chart.createValueAxis(horizontal ? AxisPosition.BOTTOM : AxisPosition.LEFT);
        if (!horizontal) {
            categories.setTitle(String.join("・", spec.x()));
        }
        if (spec.y().size() == 1) {
            values.setTitle(spec.y().get(0));
        }
        values.setCrossBetween(AxisCrossBetween.BETWEEN);
        if (spec.y().stream().allMatch(y -> isCount(doc.table().column(y))
                || Integer.valueOf(0).equals(doc.decimals().get(y)))) {
            values.setNumberFormat("#,##0");
        }
        values.getOrAddMajorGridProperties();
        if (isCount(doc.table().column(spec.x().get(0))) && spec.x().size() == 1) {
            categories.setNumberFormat("0");  // years and ranks without a thousands separator
        }
        spec.errorBars().ifPresent(bars -> reachIntervals(values, bars));
        if (horizontal) {
            // The first row on top, as in the table; the value axis then crosses at the bottom, the last category.
            categories.setOrientation(AxisOrientation.MAX_MIN);
            values.setCrosses(AxisCrosses.MAX);
        }
        XDDFChartData plot = chartData(chart, categories, values, horizontal);
        Sources sources = sources(sheet);
        for (int i = 0; i < data.series().size(); i++) {
            XDDFChartData.Series series = plot.addSeries(sources.categories(i), sources.values(i));
            series.setTitle(data.series().get(i).name(), sources.title(i).orElse(null));
            // Colours stated, as in the PNG: without them LibreOffice draws bars and lines without paint.
            XDDFSolidFillProperties paint = new XDDFSolidFillProperties(color(ChartColors.of(i)));
            if (series instanceof XDDFLineChartData.Series line) {
                XDDFLineProperties stroke = new XDDFLineProperties(paint);
                stroke.setWidth(LINE_WIDTH_POINTS);
                line.setLineProperties(stroke);
                line.setMarkerStyle(data.categories().size() <= 24 ? MarkerStyle.CIRCLE : MarkerStyle.NONE);
                line.setSmooth(false);
            }
            if (series instanceof XDDFBarChartData.Series bar) {
                bar.setFillProperties(paint);
                bar.setInvertIfNegative(false);
                sources.errorBars(i).ifPresent(bar::setErrorBars);
            }
        }
        chart.plot(plot);
        if (spec.type() == ChartSpec.Type.BAR && spec.series().isPresent()) {
            fullOverlap(chart);
        }
        return sheet;
    }

    // Excel scales the axis to the bars alone; an interval reaching past them would be cut off.
    private void reachIntervals(XDDFValueAxis axis, ChartSpec.ErrorBars bars) {
        double low = 0;
        double high = 0;
        for (ChartData.Series series : data.series()) {
            List<String> columns = series.column().equals(bars.y())
                    ? List.of(series.column(), bars.low(), bars.high()) : List.of(series.column());
            for (int row : series.rows()) {
                for (String column : columns) {
                    Optional<Double> value = row == ChartData.NO_ROW ? Optional.empty()
                            : ChartData.number(doc.table().column(column), row);
                    if (value.isPresent()) {
                        low = Math.min(low, value.get());
                        high = Math.max(high, value.get());
                    }
                }
            }
        }
        double step = Math.pow(10, Math.floor(Math.log10(Math.max(high - low, 1e-9))));
        if ((high - low) / step < 4) {
            step /= 2;
        }
        axis.setMinimum(Math.floor(low / step) * step);
        axis.setMaximum(Math.ceil(high / step) * step);
        axis.setMajorUnit(step);
    }

    private static boolean isCount(Column<?> column) {
        return column instanceof IntColumn || column instanceof LongColumn || column instanceof ShortColumn;
    }

    private static XDDFColor color(java.awt.Color color) {
        return XDDFColor.from(new byte[] {(byte) color.getRed(), (byte) color.getGreen(), (byte) color.getBlue()});
    }

    private XDDFChartData chartData(XSSFChart chart, XDDFCategoryAxis categories, XDDFValueAxis values,
                                    boolean horizontal) {
        if (spec.type() == ChartSpec.Type.LINE) {
            XDDFChartData line = chart.createData(ChartTypes.LINE, categories, values);
            line.setVaryColors(false);
            return line;
        }
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        bars.setVaryColors(false);
        bars.setBarDirection(horizontal ? BarDirection.BAR : BarDirection.COL);
        if (spec.type() == ChartSpec.Type.BAR && spec.series().isPresent()) {
            // One bar per category coloured by its series: the series share the category's place.
            bars.setBarGrouping(BarGrouping.STACKED);
        } else {
            bars.setBarGrouping(BarGrouping.CLUSTERED);
        }
        bars.setGapWidth(60);
        return bars;
    }

    /**
     * Stacked bars overlap fully, or Excel draws each series' part beside the other. Written through a cursor:
     * the overlap element's schema type is not in poi-ooxml-lite, so {@code setOverlap} cannot load it.
     */
    private static void fullOverlap(XSSFChart chart) {
        CTBarChart bars = chart.getCTChart().getPlotArea().getBarChartArray(0);
        try (XmlCursor cursor = bars.newCursor()) {
            cursor.toFirstChild();
            while (!cursor.getName().getLocalPart().equals("axId")) {
                cursor.toNextSibling();
            }
            // overlap comes right before the axis ids (after gapWidth) in CT_BarChart's sequence.
            cursor.beginElement(new QName(CHART_NAMESPACE, "overlap"));
            cursor.insertAttributeWithValue("val", "100");
        }
    }

    private Sources sources(XSSFSheet sheet) {
        boolean direct = spec.x().size() == 1 && spec.errorBars().isEmpty()
                && data.series().stream().allMatch(XlsxChart::unbrokenRun);
        return direct ? new TableCells() : new FormulaBlock(sheet);
    }

    // Every category has a row and the rows follow each other: the series is one range of the table.
    private static boolean unbrokenRun(ChartData.Series series) {
        List<Integer> rows = series.rows();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) == ChartData.NO_ROW || (i > 0 && rows.get(i) != rows.get(i - 1) + 1)) {
                return false;
            }
        }
        return true;
    }

    /** Where the chart reads each series from. */
    private interface Sources {
        XDDFDataSource<?> categories(int series);

        XDDFNumericalDataSource<Double> values(int series);

        Optional<CellReference> title(int series);

        Optional<XDDFErrorBars> errorBars(int series);
    }

    /** The series are ranges of the table sheet itself. */
    private final class TableCells implements Sources {

        @Override
        public XDDFDataSource<?> categories(int series) {
            CellRangeAddress range = rows(series, column(spec.x().get(0)));
            // Years stay numbers in the table; read as text they would leave the chart's cached labels empty.
            return CellFormatter.isNumeric(doc.table().column(spec.x().get(0)))
                    ? XDDFDataSourcesFactory.fromNumericCellRange(table, range)
                    : XDDFDataSourcesFactory.fromStringCellRange(table, range);
        }

        @Override
        public XDDFNumericalDataSource<Double> values(int series) {
            return XDDFDataSourcesFactory.fromNumericCellRange(table,
                    rows(series, column(data.series().get(series).column())));
        }

        @Override
        public Optional<CellReference> title(int series) {
            // The header cell names the series only when the series is a whole column.
            return spec.series().isEmpty()
                    ? Optional.of(new CellReference(table.getSheetName(), 0,
                            column(data.series().get(series).column()), true, true))
                    : Optional.empty();
        }

        @Override
        public Optional<XDDFErrorBars> errorBars(int series) {
            return Optional.empty();
        }

        private CellRangeAddress rows(int series, int column) {
            List<Integer> rows = data.series().get(series).rows();
            return new CellRangeAddress(rows.get(0) + 1, rows.get(rows.size() - 1) + 1, column, column);
        }
    }

    /**
     * The series are columns of formulas below the chart: the category, one column per series, and for error bars
     * the distances from the bar to the interval's ends.
     */
    private final class FormulaBlock implements Sources {

        private final XSSFSheet sheet;
        private final int firstDataRow = DATA_FIRST_ROW + 2;
        private final int lastDataRow;
        private int errorColumn = -1;

        FormulaBlock(XSSFSheet sheet) {
            this.sheet = sheet;
            this.lastDataRow = firstDataRow + data.categories().size() - 1;
            write();
        }

        private void write() {
            sheet.createRow(DATA_FIRST_ROW).createCell(0).setCellValue(DATA_HEADING);
            Row names = sheet.createRow(DATA_FIRST_ROW + 1);
            headerCell(names, 0, String.join("・", spec.x()));
            for (int s = 0; s < data.series().size(); s++) {
                headerCell(names, s + 1, data.series().get(s).name());
            }
            spec.errorBars().ifPresent(bars -> {
                errorColumn = data.series().size() + 1;
                headerCell(names, errorColumn, bars.y() + " − " + bars.low());
                headerCell(names, errorColumn + 1, bars.high() + " − " + bars.y());
            });
            for (int c = 0; c < data.categories().size(); c++) {
                Row row = sheet.createRow(firstDataRow + c);
                row.createCell(0).setCellFormula(categoryFormula(c));
                for (int s = 0; s < data.series().size(); s++) {
                    // A blank stays blank, a gap in the chart (LibreOffice would draw Excel's #N/A as a zero).
                    if (data.series().get(s).value(doc.table(), c).isPresent()) {
                        int tableRow = data.series().get(s).rows().get(c);
                        row.createCell(s + 1).setCellFormula(ref(tableRow, data.series().get(s).column()));
                    }
                }
                if (errorColumn > 0) {
                    writeDistances(row, c, spec.errorBars().orElseThrow());
                }
            }
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        }

        private void writeDistances(Row row, int category, ChartSpec.ErrorBars bars) {
            int tableRow = seriesOf(bars.y()).map(s -> data.series().get(s).rows().get(category))
                    .orElse(ChartData.NO_ROW);
            if (tableRow == ChartData.NO_ROW) {
                return;
            }
            Table table = doc.table();
            boolean whole = Stream.of(bars.y(), bars.low(), bars.high())
                    .allMatch(column -> ChartData.number(table.column(column), tableRow).isPresent());
            if (!whole) {
                return;
            }
            String value = ref(tableRow, bars.y());
            String low = ref(tableRow, bars.low());
            String high = ref(tableRow, bars.high());
            row.createCell(errorColumn).setCellFormula(value + "-" + low);
            row.createCell(errorColumn + 1).setCellFormula(high + "-" + value);
        }

        private void headerCell(Row row, int column, String text) {
            Cell cell = row.createCell(column);
            cell.setCellValue(text);
            cell.setCellStyle(header);
        }

        // The category label as ChartData makes it: the non-blank x values joined by a space.
        private String categoryFormula(int category) {
            Optional<Integer> anyRow = anyRow(category);
            if (anyRow.isEmpty()) {
                // No series has a value here (a year without data): the label as text, a gap in every series.
                return "\"" + data.categories().get(category).replace("\"", "\"\"") + "\"";
            }
            int tableRow = anyRow.get();
            List<String> parts = spec.x().stream().map(x -> ref(tableRow, x)).toList();
            // Text even for a year: a category axis of numbers would be formatted like them (2,020).
            return parts.size() == 1 ? parts.get(0) + "&\"\"" : "TRIM(" + String.join("&\" \"&", parts) + ")";
        }

        private Optional<Integer> anyRow(int category) {
            return data.series().stream().map(s -> s.rows().get(category)).filter(r -> r != ChartData.NO_ROW)
                    .findFirst();
        }

        @Override
        public XDDFDataSource<?> categories(int series) {
            return XDDFDataSourcesFactory.fromStringCellRange(sheet,
                    new CellRangeAddress(firstDataRow, lastDataRow, 0, 0));
        }

        @Override
        public XDDFNumericalDataSource<Double> values(int series) {
            return XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(firstDataRow, lastDataRow, series + 1, series + 1));
        }

        @Override
        public Optional<CellReference> title(int series) {
            return Optional.of(new CellReference(sheet.getSheetName(), DATA_FIRST_ROW + 1, series + 1, true, true));
        }

        @Override
        public Optional<XDDFErrorBars> errorBars(int series) {
            if (errorColumn < 0 || !data.series().get(series).column().equals(spec.errorBars().orElseThrow().y())) {
                return Optional.empty();
            }
            // Built from the XML objects: XDDFErrorBars' setters expect elements its constructor does not make, and
            // it writes the distances as literal numbers, which would not follow an edit of the table.
            CTErrBars xml = CTErrBars.Factory.newInstance();
            // Direction and line stated: LibreOffice draws no error bar without them.
            xml.addNewErrDir().setVal(STErrDir.Y);
            xml.addNewErrBarType().setVal(STErrBarType.BOTH);
            xml.addNewErrValType().setVal(STErrValType.CUST);
            xml.addNewNoEndCap().setVal(false);
            reference(xml.addNewPlus(), errorColumn + 1);
            reference(xml.addNewMinus(), errorColumn);
            CTLineProperties line = xml.addNewSpPr().addNewLn();
            line.setW(ERROR_BAR_WIDTH_EMU);
            line.addNewSolidFill().addNewSrgbClr().setVal(new byte[] {0x33, 0x33, 0x33});
            XDDFErrorBars bars = new XDDFErrorBars(xml) {
            };
            return Optional.of(bars);
        }

        // A numRef to one column of the block, with the values it holds as the cache Excel shows before it recalculates.
        private void reference(CTNumDataSource source, int column) {
            CTNumRef ref = source.addNewNumRef();
            ref.setF(new CellRangeAddress(firstDataRow, lastDataRow, column, column)
                    .formatAsString(sheet.getSheetName(), true));
            CTNumData cache = ref.addNewNumCache();
            cache.setPtCount(count(lastDataRow - firstDataRow + 1));
            for (int row = firstDataRow; row <= lastDataRow; row++) {
                Cell cell = sheet.getRow(row).getCell(column);
                if (cell != null && cell.getCachedFormulaResultType() == CellType.NUMERIC) {
                    CTNumVal point = cache.addNewPt();
                    point.setIdx(row - firstDataRow);
                    point.setV(Double.toString(cell.getNumericCellValue()));
                }
            }
        }

        private Optional<Integer> seriesOf(String column) {
            for (int s = 0; s < data.series().size(); s++) {
                if (data.series().get(s).column().equals(column)) {
                    return Optional.of(s);
                }
            }
            return Optional.empty();
        }
    }

    private static CTUnsignedInt count(int n) {
        CTUnsignedInt count = CTUnsignedInt.Factory.newInstance();
        count.setVal(n);
        return count;
    }

    private String ref(int tableRow, String column) {
        return "'" + table.getSheetName() + "'!"
                + new CellReference(tableRow + 1, column(column), true, true).formatAsString();
    }

    private int column(String name) {
        return doc.table().columnNames().indexOf(name);
    }
}
