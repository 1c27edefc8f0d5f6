package ebpm.evidence.export;

import ebpm.evidence.chart.ChartRenderer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Base64;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Writes an evidence document as one self-contained web page: title, description, the chart (a PNG inside the
 * page), the table with numbers grouped for reading, and where the numbers came from.
 */
public final class HtmlExporter implements EvidenceExporter {

    @Override
    public String format() {
        return "html";
    }

    @Override
    public String extension() {
        return "html";
    }

    @Override
    public void export(EvidenceDocument doc, Path file) throws IOException {
        HtmlPage.write(file, doc.title(),
                description(doc) + chart(doc) + table(doc) + LineageFooter.html(doc.lineage()));
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

    /** The table as HTML, numbers right-aligned and grouped; also a notebook's rich output. */
    static String table(EvidenceDocument doc) {
        Table table = doc.table();
        CellFormatter cells = CellFormatter.grouped(doc.decimals());
        StringBuilder html = new StringBuilder("<table>\n<thead>\n<tr>");
        for (Column<?> column : table.columns()) {
            html.append("<th scope=\"col\"").append(numberClass(column)).append('>')
                    .append(HtmlText.escape(column.name())).append("</th>");
        }
        html.append("</tr>\n</thead>\n<tbody>\n");
        for (int row = 0; row < table.rowCount(); row++) {
            html.append("<tr>");
            for (Column<?> column : table.columns()) {
                html.append("<td").append(numberClass(column)).append('>')
                        .append(HtmlText.escape(cells.format(column, row))).append("</td>");
            }
            html.append("</tr>\n");
        }
        return html.append("</tbody>\n</table>\n").toString();
    }

    private static String numberClass(Column<?> column) {
        return CellFormatter.isNumeric(column) ? " class=\"number\"" : "";
    }
}
