package ebpm.web.evidence;

import ebpm.evidence.catalog.EvidenceDefinition;
import ebpm.evidence.export.HtmlText;
import ebpm.web.http.PageLayout;
import ebpm.web.http.Request;
import ebpm.web.http.Response;

/**
 * The planners' home: every evidence table of the catalog with its description, grain and, where it draws one at
 * its default filters, a thumbnail of its chart.
 */
public final class CatalogPage {

    private final EvidenceSource source;

    public CatalogPage(EvidenceSource source) {
        this.source = source;
    }

    public Response show(Request request) throws Exception {
        // Before the first night there is nothing to draw: no thumbnails rather than broken images.
        boolean figures = !source.choices().fiscalYears().isEmpty();
        StringBuilder list = new StringBuilder("<p>表を選ぶと、最新の年度で表示します。年度や市町村はその画面で選べます。"
                + "</p>\n<ul class=\"catalog\">\n");
        for (EvidenceDefinition definition : source.catalog().definitions()) {
            list.append("<li>");
            if (figures && EvidencePage.hasThumbnail(definition)) {
                list.append("<a href=\"/evidence/").append(HtmlText.escape(definition.name()))
                        .append("\" class=\"thumb\"><img src=\"/evidence/").append(HtmlText.escape(definition.name()))
                        .append("/chart.png\" alt=\"\" loading=\"lazy\" width=\"240\"></a>");
            }
            list.append("<a href=\"/evidence/").append(HtmlText.escape(definition.name())).append("\">")
                    .append(HtmlText.escape(definition.title())).append("</a>\n<p class=\"description\">")
                    .append(HtmlText.escape(definition.description().strip())).append("</p>\n<p class=\"grain\">")
                    .append("1行の単位: ").append(HtmlText.escape(definition.grain())).append("</p></li>\n");
        }
        return Response.html(PageLayout.page("エビデンス表", request, list.append("</ul>\n").toString()));
    }
}
