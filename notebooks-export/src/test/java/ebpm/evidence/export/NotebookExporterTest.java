package ebpm.evidence.export;

import static ebpm.evidence.export.SampleDocuments.document;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class NotebookExporterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void isAValidNbformat4NotebookByTheOfficialSchema() throws IOException {
        JsonNode notebook = write(chartedDocument());

        assertThat(schemaErrors(notebook)).isEmpty();
        assertThat(notebook.get("nbformat").asInt()).isEqualTo(4);
        assertThat(notebook.get("nbformat_minor").asInt()).isEqualTo(5);
        assertThat(notebook.at("/metadata/kernelspec/name").asText()).isEqualTo("python3");
        assertThat(notebook.at("/metadata/language_info/name").asText()).isEqualTo("python");
        assertThat(notebook.get("cells")).extracting(cell -> cell.get("cell_type").asText() + ":" + cell.get("id").asText())
                .containsExactly("markdown:about", "code:setup", "code:query", "code:chart", "markdown:source");
    }

    @Test
    void theSchemaCatchesABrokenNotebook() throws IOException {
        JsonNode notebook = write(chartedDocument());
        ((com.fasterxml.jackson.databind.node.ObjectNode) notebook.get("cells").get(2)).remove("outputs");

        assertThat(schemaErrors(notebook)).isNotEmpty();
    }

    @Test
    void firstCellStatesTitleDefinitionAndLineage() throws IOException {
        String about = source(write(chartedDocument()).get("cells").get(0));

        assertThat(about).startsWith("# 施策の成果指標達成状況（柱・中柱別） 令和2年度\n\n")
                .contains("柱・中柱ごとに、成果指標を達成した施策の割合を示します。")
                .contains("- 定義: `achievement-by-pillar`")
                .contains("- 条件: 年度 = 2020（令和2年度）")
                .contains("- 元データ: kanagawa-ict-measures-fy2020.csv（SHA-256 `"
                        + SampleDocuments.MEASURES_SHA_256 + "`）")
                .contains("- モデル: achievement-rate-by-pillar")
                .contains("- 計算エンジン: duckdb 1.4.0")
                .contains("- 実行ID: nightly-20261121-0300")
                .contains("- 作成日時: 2026-11-21T03:00:00+09:00")
                .contains("pip install \"duckdb>=1.1\" pandas")
                .contains("`achievement-by-pillar_FY2020.data/` へ Parquet で書き出してあります");
    }

    @Test
    void codeCellsReadTheExtractsBesideTheNotebookBindTheFiltersAndRunTheSql() throws IOException {
        JsonNode cells = write(chartedDocument()).get("cells");

        assertThat(source(cells.get(1)))
                .contains("DATA = Path(\"achievement-by-pillar_FY2020.data\")")
                .contains("INPUTS = [\"src_measures\"]")
                .contains("con = duckdb.connect()")
                .contains("read_parquet('{parquet}')")
                .endsWith("con.execute(\"CREATE OR REPLACE TEMP TABLE params AS SELECT CAST(? AS INTEGER) AS fy\","
                        + " [2020]);");
        assertThat(source(cells.get(2))).startsWith("EVIDENCE_SQL = \"\"\"\n"
                + "-- achievement-by-pillar: rates per pillar\n"
                + "SELECT \\\"柱\\\", \\\"達成率(%)\\\" FROM src_measures\n"
                + "\"\"\"\n"
                + "table = con.sql(EVIDENCE_SQL).df()")
                .contains("    \"柱\": (\"text\", None),\n").contains("    \"施策数\": (\"number\", 0),\n")
                .contains("    \"達成率(%)\": (\"number\", 1),\n")
                .endsWith("shown(table)");
        assertThat(cells.get(1).get("outputs")).isEmpty();
    }

    @Test
    void showsTheTableAsHtmlAndPlainTextWithoutPretendingJupyterRanIt() throws IOException {
        JsonNode output = write(chartedDocument()).at("/cells/2/outputs/0");

        assertThat(output.get("output_type").asText()).isEqualTo("execute_result");
        assertThat(output.get("execution_count").isNull()).isTrue();
        assertThat(text(output.at("/data/text~1html")))
                .contains("<th scope=\"col\" class=\"number\">達成率(%)</th>")
                .contains("<td class=\"short\">柱Ⅰ 暮らしの情報化</td><td class=\"number\">841,586</td>"
                        + "<td class=\"number\">72.7</td>")
                .contains("<td class=\"source-line\" colspan=\"3\">作成: ebpm 2026-11-21</td>");
        assertThat(text(output.at("/data/text~1plain"))).isEqualTo(""
                + "柱" + " ".repeat(20) + "施策数  達成率(%)\n"
                + "柱Ⅰ 暮らしの情報化  841,586       72.7\n"
                + "柱Ⅱ 行政の情報化         12\n");
    }

    @Test
    void showsTheChartAsAPngOutput() throws IOException {
        JsonNode output = write(chartedDocument()).at("/cells/3/outputs/0");

        assertThat(output.get("output_type").asText()).isEqualTo("display_data");
        byte[] png = Base64.getDecoder().decode(output.at("/data/image~1png").asText());
        assertThat(ImageIO.read(new ByteArrayInputStream(png)).getWidth()).isEqualTo(960);
        assertThat(source(write(chartedDocument()).get("cells").get(3)))
                .contains("data = rows.set_index(labels)[[\"達成率(%)\"]]")
                .contains("ax = data.plot(kind=\"barh\"");
    }

    @Test
    void endsWithTheSourceLineAReportPrintsUnderTheTable() throws IOException {
        var doc = document(achievementTable(), Map.of("達成率(%)", 1)).withRecipe(SampleDocuments.RECIPE);
        var cited = new EvidenceDocument(doc.name(), doc.title(), doc.description(), doc.table(), doc.decimals(),
                SampleDocuments.CITED_LINEAGE, doc.chart(), doc.recipe());

        JsonNode cells = write(cited).get("cells");

        assertThat(source(cells.get(cells.size() - 1)))
                .isEqualTo("出典: 神奈川県「入込観光客調査」、県観光ウェブサイト（GA4） ／ 作成: ebpm 2026-11-21");
        assertThat(source(cells.get(0))).contains("出典: 神奈川県「入込観光客調査」");
    }

    @Test
    void withoutAChartThereIsNoChartCell() throws IOException {
        var doc = document(achievementTable(), Map.of("達成率(%)", 1)).withRecipe(SampleDocuments.RECIPE);

        assertThat(write(doc).get("cells")).extracting(cell -> cell.get("id").asText())
                .containsExactly("about", "setup", "query", "source");
    }

    @Test
    void escapesHostileTextInMarkdownAndPython() throws IOException {
        var doc = document("<img src=x onerror=alert(1)> $x$ [link](javascript:x)", achievementTable(),
                Map.of("達成率(%)", 1)).withRecipe(SampleDocuments.RECIPE).withChart(SampleDocuments.RATE_CHART);
        JsonNode notebook = write(doc);

        assertThat(source(notebook.get("cells").get(0)))
                .startsWith("# &lt;img src=x onerror=alert(1)&gt; \\$x\\$ \\[link\\](javascript:x)\n");
        assertThat(source(notebook.get("cells").get(3)))
                .contains("title=\"<img src=x onerror=alert(1)> $x$ [link](javascript:x)\")");
        assertThat(schemaErrors(notebook)).isEmpty();
    }

    @Test
    void needsTheQueryThatBuiltTheTable() {
        var doc = document(achievementTable(), Map.of("達成率(%)", 1));

        assertThatThrownBy(() -> new NotebookExporter().exportInto(folder, doc))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs the query");
    }

    private EvidenceDocument chartedDocument() {
        return document(achievementTable(), Map.of("達成率(%)", 1))
                .withRecipe(SampleDocuments.RECIPE).withChart(SampleDocuments.RATE_CHART);
    }

    private JsonNode write(EvidenceDocument doc) throws IOException {
        Path file = new NotebookExporter().exportInto(folder, doc);
        assertThat(file.getFileName()).hasToString("achievement-by-pillar_FY2020.ipynb");
        return JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
    }

    static Set<ValidationMessage> schemaErrors(JsonNode notebook) throws IOException {
        try (InputStream schemaJson = NotebookExporterTest.class.getResourceAsStream("/nbformat/nbformat.v4.schema.json")) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(schemaJson);
            return schema.validate(notebook);
        }
    }

    private static String source(JsonNode cell) {
        return text(cell.get("source"));
    }

    // Jupyter's multi-line strings: a string, or a list of lines to join.
    private static String text(JsonNode multiline) {
        if (multiline.isTextual()) {
            return multiline.asText();
        }
        StringBuilder text = new StringBuilder();
        multiline.forEach(line -> text.append(line.asText()));
        return text.toString();
    }

    private static Table achievementTable() {
        var rate = DoubleColumn.create("達成率(%)", 72.7);
        rate.appendMissing();
        return Table.create("achievement",
                StringColumn.create("柱", "柱Ⅰ 暮らしの情報化", "柱Ⅱ 行政の情報化"),
                IntColumn.create("施策数", 841586, 12),
                rate);
    }
}
