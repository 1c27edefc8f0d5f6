package ebpm.evidence.export;

import static ebpm.evidence.export.SampleDocuments.document;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class HtmlExporterTest {

    @TempDir
    Path folder;

    @Test
    void writesASelfContainedJapanesePage() throws IOException {
        String page = htmlOf(document(achievementTable(), Map.of("達成率(%)", 1)));

        assertThat(page).startsWith("<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n")
                .contains("<title>施策の成果指標達成状況（柱・中柱別） 令和2年度</title>")
                .contains("<h1>施策の成果指標達成状況（柱・中柱別） 令和2年度</h1>")
                .contains("<p class=\"description\">柱・中柱ごとに、成果指標を達成した施策の割合を示します。</p>")
                .contains("<style>");
    }

    @Test
    void showsNumbersRightAlignedWithThousandsSeparatorsAndDeclaredDecimals() throws IOException {
        String page = htmlOf(document(achievementTable(), Map.of("達成率(%)", 1)));

        assertThat(page).contains("<table>\n"
                + "<thead>\n"
                + "<tr class=\"print-title\"><th colspan=\"3\">施策の成果指標達成状況（柱・中柱別） 令和2年度</th></tr>\n"
                + "<tr><th scope=\"col\" class=\"short\">柱</th><th scope=\"col\" class=\"number\">施策数</th>"
                + "<th scope=\"col\" class=\"number\">達成率(%)</th></tr>\n"
                + "</thead>\n"
                + "<tfoot>\n"
                + "<tr><td class=\"source-line\" colspan=\"3\">作成: ebpm 2026-11-21</td></tr>\n"
                + "</tfoot>\n"
                + "<tbody>\n"
                + "<tr><td class=\"short\">柱Ⅰ 暮らしの情報化</td><td class=\"number\">841,586</td>"
                + "<td class=\"number\">70.0</td></tr>\n"
                + "<tr><td class=\"short\">柱Ⅱ 行政の情報化</td><td class=\"number\">12</td>"
                + "<td class=\"number\"></td></tr>\n"
                + "</tbody>\n"
                + "</table>\n");
    }

    @Test
    void printsYearsWithoutSeparatorsAndCountsWithThem() throws IOException {
        var table = Table.create("years", IntColumn.create("年度", new int[] {2022}), IntColumn.create("暦年", new int[] {2016}),
                IntColumn.create("表示回数", new int[] {2051}));

        assertThat(htmlOf(document(table, Map.of())))
                .contains("<td class=\"number\">2022</td><td class=\"number\">2016</td>"
                        + "<td class=\"number\">2,051</td>");
    }

    @Test
    void putsTheSourceLineUnderTheTableInWords() throws IOException {
        var doc = new EvidenceDocument("achievement-by-pillar_FY2020", "延観光客数の推移（暦年）", "", achievementTable(), Map.of(),
                SampleDocuments.CITED_LINEAGE);

        assertThat(htmlOf(doc)).contains("<td class=\"source-line\" colspan=\"3\">出典: 神奈川県「入込観光客調査」、"
                + "県観光ウェブサイト（GA4） ／ 作成: ebpm 2026-11-21</td>");
    }

    @Test
    void anEmptyTableSaysWhichFiltersFoundNothing() throws IOException {
        var empty = Table.create("empty", StringColumn.create("柱"), IntColumn.create("施策数"));
        var doc = document(empty, Map.of()).withRecipe(SampleDocuments.RECIPE);

        assertThat(htmlOf(doc)).contains("<td class=\"empty\" colspan=\"2\">年度 2020（令和2年度）のデータはまだありません"
                + "</td>");
    }

    @Test
    void aPageOfThePackLinksBackToItsIndexAndPrintsOnA4Landscape() throws IOException {
        Path file = HtmlExporter.inPack().exportInto(folder, document(achievementTable(), Map.of()));
        String page = Files.readString(file, StandardCharsets.UTF_8);

        assertThat(page).contains("<nav class=\"back\"><a href=\"index.html\">")
                .contains("@page { size: A4 landscape;", "counter(page)", "thead th { position: sticky;");
        assertThat(htmlOf(document(achievementTable(), Map.of()))).doesNotContain("index.html");
    }

    @Test
    void listsTheLineageInTheFooterInTokyoTime() throws IOException {
        String page = htmlOf(document(achievementTable(), Map.of("達成率(%)", 1)));

        assertThat(page).contains("<footer>\n"
                + "<h2>出典・算出方法</h2>\n"
                + "<dl>\n"
                + "<dt>元データ</dt>\n"
                + "<dd>kanagawa-ict-measures-fy2020.csv <code title=\"SHA-256 "
                + SampleDocuments.MEASURES_SHA_256 + "\">sha256:3f1c9a7be2d0</code></dd>\n"
                + "<dt>モデル</dt>\n"
                + "<dd>achievement-rate-by-pillar</dd>\n"
                + "<dt>計算エンジン</dt>\n"
                + "<dd>duckdb 1.4.0</dd>\n"
                + "<dt>実行ID</dt>\n"
                + "<dd>nightly-20261121-0300</dd>\n"
                + "<dt>作成日時</dt>\n"
                + "<dd><time datetime=\"2026-11-21T03:00:00+09:00\">2026-11-21T03:00:00+09:00</time></dd>\n"
                + "</dl>\n"
                + "</footer>\n");
    }

    @Test
    void escapesEveryTextThatComesFromData() throws IOException {
        var table = Table.create("hostile",
                StringColumn.create("<th>\"列\"</th>", "<script>alert(1)</script>", "A&B's"));
        String page = htmlOf(document("<img src=x onerror=alert(1)> & '令和2年度'", table, Map.of()));

        assertThat(page)
                .contains("<title>&lt;img src=x onerror=alert(1)&gt; &amp; &#39;令和2年度&#39;</title>")
                .contains("<th scope=\"col\" class=\"medium\">&lt;th&gt;&quot;列&quot;&lt;/th&gt;</th>")
                .contains("<td class=\"medium\">&lt;script&gt;alert(1)&lt;/script&gt;</td>")
                .contains("<td class=\"medium\">A&amp;B&#39;s</td>")
                .doesNotContain("<script", "<img");
    }

    @Test
    void loadsNothingFromTheNetwork() throws IOException {
        String page = htmlOf(document(achievementTable(), Map.of("達成率(%)", 1)));

        assertThat(page).doesNotContain("http://", "https://", "<script", "<link", "@import", "url(");
    }

    @Test
    void embedsTheDeclaredChartInThePageItself() throws IOException {
        String page = htmlOf(document(achievementTable(), Map.of("達成率(%)", 1)).withChart(SampleDocuments.RATE_CHART));

        assertThat(page).contains("<figure>\n<img src=\"data:image/png;base64,iVBORw0KGgo")
                .contains("\" alt=\"施策の成果指標達成状況（柱・中柱別） 令和2年度\">\n</figure>\n<table>")
                .doesNotContain("http://", "https://", "<script", "<link", "@import", "url(");
    }

    private String htmlOf(EvidenceDocument doc) throws IOException {
        Path file = new HtmlExporter().exportInto(folder, doc);
        assertThat(file.getFileName()).hasToString("achievement-by-pillar_FY2020.html");
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static Table achievementTable() {
        var rate = DoubleColumn.create("達成率(%)", 70.0);
        rate.appendMissing();
        return Table.create("achievement",
                StringColumn.create("柱", "柱Ⅰ 暮らしの情報化", "柱Ⅱ 行政の情報化"),
                IntColumn.create("施策数", 841586, 12),
                rate);
    }
}
