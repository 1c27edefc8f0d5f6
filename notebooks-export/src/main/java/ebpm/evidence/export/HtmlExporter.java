package ebpm.evidence.export;

import ebpm.evidence.chart.ChartRenderer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Writes an evidence document as one self-contained web page: title, description, the chart (a PNG inside the
 * page), the table with numbers grouped for reading and the source line under it, and where the numbers came from.
 * The page reads on screen (text columns wrap at a readable width, numbers never wrap, the header row stays in view)
 * and on paper (A4 landscape; each page repeats the header row and carries the title, the source line and its
 * page number; see {@link HtmlPage}).
 */
public final class HtmlExporter implements EvidenceExporter {

    /** A text column whose longest cell is at most this wide (in half-width columns) is kept on one line. */
    private static final int SHORT_TEXT = 24;
    /** A text column with a cell wider than this holds sentences (a reason, a title): it gets the room left over. */
    private static final int MEDIUM_TEXT = 64;

    private final boolean inPack;

    /** A page on its own (e.g. {@code ebpm evidence}). */
    public HtmlExporter() {
        this(false);
    }

    private HtmlExporter(boolean inPack) {
        this.inPack = inPack;
    }

    /** A page of the nightly pack, linking back to the pack's {@code index.html}. */
    public static HtmlExporter inPack() {
        return new HtmlExporter(true);
    }

    @Override
    public String format() {
        return "html";
    }

    /** A page's first chart loads JFreeChart, the Japanese font and ImageIO. */
    @Override
    public void loadAhead() throws IOException {
        FirstUse.writeAndDelete(this);
    }

    @Override
    public String extension() {
        return "html";
    }

    @Override
    public void export(EvidenceDocument doc, Path file) throws IOException {
        String back = inPack
                ? "<nav class=\"back\"><a href=\"" + EvidencePackIndex.FILE_NAME + "\">← エビデンス・パックの一覧"
                        + "</a></nav>\n"
                : "";
        HtmlPage.write(file, doc.title(), back, body(doc));
    }

    /**
     * What the page shows under its title: description, chart, table with its source line, lineage. The web app
     * shows a table with the same markup, so the screen and the downloaded page read alike.
     */
    public static String body(EvidenceDocument doc) {
        return description(doc) + chart(doc) + table(doc) + LineageFooter.html(doc.lineage());
    }

    /** The style sheet {@link #body} is written for (screen and paper). */
    public static String style() {
        return HtmlPage.style();
    }

    private static String description(EvidenceDocument doc) {
        return doc.description().isBlank()
                ? ""
                : "<p class=\"description\">" + HtmlText.escape(doc.description()) + "</p>\n";
    }

    // A data: URL keeps the page one file that loads nothing, also when mailed or opened offline.
    private static String chart(EvidenceDocument doc) {
        return doc.chart()
                .map(spec -> "<figure>\n<img src=\"" + pngDataUrl(
                        ChartRenderer.png(doc.table(), spec, doc.title(), doc.decimals()))
                        + "\" alt=\"" + HtmlText.escape(spec.title().isBlank() ? doc.title() : spec.title())
                        + "\">\n</figure>\n")
                .orElse("");
    }

    static String pngDataUrl(byte[] png) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }

    /**
     * The table as HTML, numbers right-aligned and grouped, the source line in its footer row (repeated on every
     * printed page, as the header row is); also a notebook's rich output.
     */
    static String table(EvidenceDocument doc) {
        Table table = doc.table();
        CellFormatter cells = CellFormatter.grouped(doc);
        String[] classes = new String[table.columnCount()];
        for (int col = 0; col < table.columnCount(); col++) {
            classes[col] = columnClass(table.column(col), cells);
        }
        // A table with sentences fills the window at fixed widths for the other columns, so the sentences get the
        // room the numbers and names leave instead of the browser squeezing every text column alike.
        boolean sentences = Arrays.stream(classes).anyMatch(c -> c.contains("long"));
        StringBuilder html = new StringBuilder(sentences ? "<table class=\"fit\">" : "<table>").append('\n');
        if (sentences) {
            html.append("<colgroup>");
            for (int col = 0; col < table.columnCount(); col++) {
                html.append(classes[col].contains("long") ? "<col>"
                        : "<col" + classes[col] + " style=\"--em: " + widthEm(table.column(col), cells) + "\">");
            }
            html.append("</colgroup>\n");
        }
        html.append("<thead>\n");
        // Shown on paper only, where it names the table on every page the header row repeats on.
        html.append("<tr class=\"print-title\"><th colspan=\"").append(Math.max(1, table.columnCount()))
                .append("\">").append(HtmlText.escape(doc.title())).append("</th></tr>\n<tr>");
        for (int col = 0; col < table.columnCount(); col++) {
            html.append("<th scope=\"col\"").append(classes[col]).append('>')
                    .append(HtmlText.escape(table.column(col).name())).append("</th>");
        }
        html.append("</tr>\n</thead>\n<tfoot>\n<tr><td class=\"source-line\" colspan=\"")
                .append(Math.max(1, table.columnCount())).append("\">")
                .append(HtmlText.escape(SourceLine.of(doc.lineage()))).append("</td></tr>\n</tfoot>\n<tbody>\n");
        if (table.rowCount() == 0) {
            html.append("<tr><td class=\"empty\" colspan=\"").append(Math.max(1, table.columnCount()))
                    .append("\">").append(HtmlText.escape(EmptyTableNote.of(doc))).append("</td></tr>\n");
        }
        for (int row = 0; row < table.rowCount(); row++) {
            html.append("<tr>");
            for (int col = 0; col < table.columnCount(); col++) {
                html.append("<td").append(classes[col]).append('>')
                        .append(HtmlText.escape(cells.format(table.column(col), row))).append("</td>");
            }
            html.append("</tr>\n");
        }
        return html.append("</tbody>\n</table>\n").toString();
    }

    // In em (a full-width character): a number as wide as its widest cell (its header wraps within that), a text
    // wrapped onto about two lines; the sentences take what is left.
    private static int widthEm(Column<?> column, CellFormatter cells) {
        int widest = 0;
        for (int row = 0; row < column.size(); row++) {
            widest = Math.max(widest, DisplayWidth.of(cells.format(column, row)));
        }
        if (CellFormatter.isNumeric(column)) {
            return (Math.max(widest, Math.min(DisplayWidth.of(column.name()), 6)) + 1) / 2 + 1;
        }
        int header = Math.min(DisplayWidth.of(column.name()), 8);
        return Math.max((header + 1) / 2 + 1, Math.min(9, (widest + 3) / 4 + 2));
    }

    // Numbers never wrap; a short text (a name, a year-month) neither; a long text wraps at a readable width
    // instead of collapsing to one or two characters beside its neighbours.
    private static String columnClass(Column<?> column, CellFormatter cells) {
        if (CellFormatter.isNumeric(column)) {
            return " class=\"number\"";
        }
        int widest = 0;
        for (int row = 0; row < column.size(); row++) {
            widest = Math.max(widest, DisplayWidth.of(cells.format(column, row)));
        }
        return widest <= SHORT_TEXT ? " class=\"short\""
                : widest <= MEDIUM_TEXT ? " class=\"medium\"" : " class=\"long\"";
    }
}
