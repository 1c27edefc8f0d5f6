package ebpm.evidence.export;

import java.util.List;

/** Renders a lineage as the 出典・算出方法 footer, so planners can trace every number. */
final class LineageFooter {

    private static final int CHECKSUM_SHOWN = 12;

    private LineageFooter() {
    }

    static String html(Lineage lineage) {
        StringBuilder footer = new StringBuilder("<footer>\n<h2>出典・算出方法</h2>\n<dl>\n");
        entry(footer, "元データ", lineage.sources().stream().map(LineageFooter::source).toList());
        entry(footer, "モデル", lineage.models().stream().map(HtmlText::escape).toList());
        entry(footer, "計算エンジン", List.of(HtmlText.escape(lineage.engine())));
        entry(footer, "実行ID", List.of(HtmlText.escape(lineage.runId())));
        entry(footer, "作成日時", List.of(generatedAt(lineage)));
        return footer.append("</dl>\n</footer>\n").toString();
    }

    private static void entry(StringBuilder footer, String term, List<String> descriptionsHtml) {
        footer.append("<dt>").append(term).append("</dt>\n");
        for (String description : descriptionsHtml.isEmpty() ? List.of("なし") : descriptionsHtml) {
            footer.append("<dd>").append(description).append("</dd>\n");
        }
    }

    // The short prefix is enough to compare by eye; the full digest sits in the tooltip.
    private static String source(SourceFile source) {
        return HtmlText.escape(source.name())
                + " <code title=\"SHA-256 " + source.checksum() + "\">sha256:"
                + source.checksum().substring(0, CHECKSUM_SHOWN) + "</code>";
    }

    private static String generatedAt(Lineage lineage) {
        String iso = lineage.generatedAtIso();
        return "<time datetime=\"" + iso + "\">" + iso + "</time>";
    }
}
