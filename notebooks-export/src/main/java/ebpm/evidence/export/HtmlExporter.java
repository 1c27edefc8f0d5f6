package ebpm.evidence.export;

import java.io.IOException;
import java.nio.file.Path;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Writes an evidence document as one self-contained web page: title, description, the table
 * with numbers grouped for reading, and where the numbers came from.
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
        HtmlPage.write(file, doc.title(), description(doc) + table(doc) + LineageFooter.html(doc.lineage()));
    }

    private static String description(EvidenceDocument doc) {
        return doc.description().isBlank()
                ? ""
                : "<p class=\"description\">" + HtmlText.escape(doc.description()) + "</p>\n";
    }

    private static String table(EvidenceDocument doc) {
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
