package ebpm.evidence.export;

import ebpm.evidence.chart.ChartRenderer;
import ebpm.evidence.chart.ChartSpec;
import ebpm.evidence.chart.JapaneseFont;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Writes an evidence document as a Jupyter notebook (nbformat 4.5) that opens with its results in JupyterLab or
 * VS Code without running anything, and re-runs against the work folder's lake with DuckDB in Python:
 * <ol>
 *   <li>Markdown: title, description, filters and lineage, and what re-running needs.</li>
 *   <li>Code: open the indicator database read-only, create the lake and model views, bind the filters.</li>
 *   <li>Code: the evidence SQL; output the table (HTML and plain text).</li>
 *   <li>Code: the chart with matplotlib, when the table declares one; output the PNG ebpm drew.</li>
 * </ol>
 * The outputs are those ebpm computed with the same SQL on the JVM; they carry no execution count, as Jupyter did
 * not produce them.
 */
public final class NotebookExporter implements EvidenceExporter {

    /** Parquet is read by every DuckDB since 1.1, the line most analysts have, as by any later one. */
    static final String DUCKDB_REQUIREMENT = "duckdb>=1.1";
    /** Beside the notebooks: the font their charts draw Japanese with. */
    static final String FONT_FOLDER = "fonts";

    @Override
    public String format() {
        return "ipynb";
    }

    @Override
    public String extension() {
        return "ipynb";
    }

    /**
     * Writes the notebook, the rows it re-runs over into {@code <name>.data/} beside it (one Parquet file per relation
     * the SQL reads), and, when it draws a chart, the Japanese font into {@code fonts/} beside it.
     */
    @Override
    public void export(EvidenceDocument doc, Path file) throws IOException {
        QueryRecipe recipe = recipe(doc);
        Path data = dataFolder(file);
        writeInputs(recipe, data);
        if (doc.chart().isPresent()) {
            JapaneseFont.copyTo(fontFile(file));
        }
        Files.writeString(file, Json.write(notebook(doc, data.getFileName().toString())), StandardCharsets.UTF_8);
    }

    @Override
    public List<Path> companions(EvidenceDocument doc, Path file) {
        List<Path> companions = new ArrayList<>();
        Path data = dataFolder(file);
        if (Files.isDirectory(data)) {
            try (Stream<Path> inputs = Files.list(data)) {
                inputs.sorted().forEach(companions::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + data, e);
            }
        }
        // Only a notebook that draws a chart writes and reads the font, which the pack's notebooks share.
        Path font = fontFile(file);
        if (doc.chart().isPresent() && Files.exists(font)) {
            companions.add(font);
            companions.add(font.resolveSibling("OFL.txt"));
        }
        return companions;
    }

    /** The folder of Parquet extracts a notebook re-runs over: {@code achievement-by-pillar_FY2020.data}. */
    static Path dataFolder(Path notebook) {
        String name = notebook.getFileName().toString();
        return notebook.resolveSibling(name.substring(0, name.length() - ".ipynb".length()) + ".data");
    }

    private static Path fontFile(Path notebook) {
        return notebook.resolveSibling(FONT_FOLDER).resolve(JapaneseFont.FILE_NAME);
    }

    /** The extracts of this night or request only: a folder written before holds no rows of another. */
    private static void writeInputs(QueryRecipe recipe, Path data) throws IOException {
        if (Files.isDirectory(data)) {
            try (Stream<Path> old = Files.list(data)) {
                for (Path file : old.toList()) {
                    Files.delete(file);
                }
            }
        }
        Files.createDirectories(data);
        for (String input : recipe.inputs()) {
            recipe.extract().writeParquet(input, data.resolve(input + ".parquet"));
        }
    }

    private static QueryRecipe recipe(EvidenceDocument doc) {
        return doc.recipe().orElseThrow(() -> new IllegalArgumentException(
                "a notebook of " + doc.name() + " needs the query that built it"));
    }

    static Map<String, Object> notebook(EvidenceDocument doc) {
        return notebook(doc, doc.name() + ".data");
    }

    static Map<String, Object> notebook(EvidenceDocument doc, String dataFolder) {
        QueryRecipe recipe = recipe(doc);
        List<Object> cells = new ArrayList<>();
        cells.add(markdown("about", about(doc, recipe, dataFolder)));
        cells.add(code("setup", setup(recipe, dataFolder), List.of()));
        cells.add(code("query", query(doc, recipe), List.of(tableOutput(doc))));
        doc.chart().ifPresent(spec -> cells.add(code("chart", chart(doc, spec), List.of(chartOutput(doc, spec)))));
        // Under the table and chart, as a report prints it: a planner copying the table finds the line to copy with it.
        cells.add(markdown("source", (doc.table().rowCount() == 0 ? MarkdownText.escape(EmptyTableNote.of(doc))
                + "\n\n" : "") + MarkdownText.escape(SourceLine.of(doc.lineage()))));
        Map<String, Object> notebook = new LinkedHashMap<>();
        notebook.put("cells", cells);
        notebook.put("metadata", metadata(doc));
        notebook.put("nbformat", 4);
        notebook.put("nbformat_minor", 5);
        return notebook;
    }

    private static String about(EvidenceDocument doc, QueryRecipe recipe, String dataFolder) {
        Lineage lineage = doc.lineage();
        StringBuilder md = new StringBuilder("# ").append(MarkdownText.escape(doc.title())).append("\n\n");
        if (!doc.description().isBlank()) {
            md.append(MarkdownText.escape(doc.description())).append("\n\n");
        }
        md.append("- 定義: `").append(recipe.definition()).append("`（ebpm catalog）\n");
        md.append("- 粒度: ").append(MarkdownText.escape(recipe.grain())).append('\n');
        recipe.filters().forEach((label, value) -> md.append("- 条件: ").append(MarkdownText.escape(label))
                .append(" = ").append(MarkdownText.escape(value)).append('\n'));
        md.append('\n').append(MarkdownText.escape(SourceLine.of(lineage))).append('\n');
        md.append("\n## 出典・算出方法\n\n");
        for (SourceFile source : lineage.sources()) {
            md.append("- 元データ: ").append(MarkdownText.escape(source.name()))
                    .append("（SHA-256 `").append(source.checksum()).append("`）\n");
        }
        if (lineage.sources().isEmpty()) {
            md.append("- 元データ: なし\n");
        }
        md.append("- モデル: ").append(lineage.models().isEmpty() ? "なし"
                : lineage.models().stream().map(MarkdownText::escape).collect(Collectors.joining("、"))).append('\n');
        md.append("- 計算エンジン: ").append(MarkdownText.escape(lineage.engine())).append('\n');
        md.append("- 実行ID: ").append(MarkdownText.escape(lineage.runId())).append('\n');
        md.append("- 作成日時: ").append(lineage.generatedAtIso()).append("\n\n");
        md.append("## 再実行するには\n\n");
        md.append("下の出力は、ebpm がこのノートブックを作成したときに同じ SQL を実行した結果です（Jupyter で実行したものでは"
                + "ありません）。再計算するには Python 3.9 以上に `pip install \"" + DUCKDB_REQUIREMENT
                + "\" pandas`（グラフには `matplotlib`）を入れ、このノートブックのフォルダで上から順に実行してください。"
                + "SQL が読む表・モデルの行は、作成時に `")
                // A file-name stem ([A-Za-z0-9._-]) in a code span, where Markdown escapes would show.
                .append(dataFolder)
                .append("/` へ Parquet で書き出してあります（どの版の DuckDB でも pandas でも読めます）。ebpm のデータベース"
                        + "は開かないので、夜間処理の実行中でも実行できます。グラフの日本語は同じフォルダの `"
                        + FONT_FOLDER + "/` にある Noto Sans JP で描きます。\n");
        return md.toString();
    }

    private static String setup(QueryRecipe recipe, String dataFolder) {
        StringBuilder py = new StringBuilder();
        py.append("# pip install \"").append(DUCKDB_REQUIREMENT).append("\" pandas\n");
        py.append("from pathlib import Path\n\nimport duckdb\n\n");
        py.append("# この表の SQL が読む行：ebpm が作成時に書き出した Parquet（このノートブックと同じフォルダ）\n");
        py.append("DATA = Path(").append(PythonText.shortString(dataFolder)).append(")\n");
        py.append("INPUTS = [").append(recipe.inputs().stream().map(PythonText::shortString)
                .collect(Collectors.joining(", "))).append("]\n\n");
        py.append("con = duckdb.connect()  # メモリ上のデータベース\n");
        py.append("for name in INPUTS:\n");
        py.append("    parquet = (DATA / f\"{name}.parquet\").as_posix()\n");
        py.append("    con.execute(f\"CREATE VIEW \\\"{name}\\\" AS SELECT * FROM read_parquet('{parquet}')\")\n\n");
        py.append("# 条件は SQL に埋め込まず、params 表にバインドする")
                .append(recipe.filters().isEmpty() ? "" : "（" + recipe.filters().entrySet().stream()
                        .map(filter -> filter.getKey() + " = " + filter.getValue())
                        .collect(Collectors.joining("、")) + "）")
                .append('\n');
        py.append("con.execute(").append(PythonText.shortString(recipe.paramsSql())).append(", [")
                .append(recipe.paramValues().stream().map(PythonText::value).collect(Collectors.joining(", ")))
                .append("]);");
        return py.toString();
    }

    private static String query(EvidenceDocument doc, QueryRecipe recipe) {
        return "EVIDENCE_SQL = " + PythonText.string("\n" + recipe.sql() + "\n") + "\n"
                + "table = con.sql(EVIDENCE_SQL).df()  # 計算に使う表（数値のまま）\n\n"
                + NotebookDisplay.shownFunction(doc) + "\n"
                + "shown(table)";
    }

    private static String chart(EvidenceDocument doc, ChartSpec spec) {
        StringBuilder py = new StringBuilder();
        py.append("# pip install matplotlib\n");
        py.append("import matplotlib.pyplot as plt\nfrom matplotlib import font_manager\n\n");
        py.append("# 日本語のラベル：ebpm が同じフォルダに置いた Noto Sans JP（なければ入っている日本語フォント）\n");
        py.append("FONT = Path(").append(PythonText.shortString(FONT_FOLDER + "/" + JapaneseFont.FILE_NAME))
                .append(")\n");
        py.append("if FONT.exists():\n    font_manager.fontManager.addfont(FONT.as_posix())\n");
        py.append("plt.rcParams[\"font.family\"] = \"sans-serif\"\n");
        py.append("plt.rcParams[\"font.sans-serif\"] = [\"Noto Sans JP\", \"IPAexGothic\", \"Yu Gothic\", "
                + "\"Hiragino Sans\", *plt.rcParams[\"font.sans-serif\"]]\n\n");
        py.append("rows = table");
        spec.only().forEach((column, values) -> py.append("[table[").append(PythonText.shortString(column))
                .append("].fillna(\"\").astype(str).isin([")
                .append(values.stream().map(PythonText::shortString).collect(Collectors.joining(", ")))
                .append("])]"));
        py.append('\n');
        py.append("labels = rows[[").append(columnList(spec.x())).append("]].fillna(\"\").astype(str)"
                + ".agg(lambda r: \" \".join(v for v in r if v.strip()), axis=1)\n");
        if (spec.series().isPresent()) {
            // One column per series value (and y), rows in the table's order, as ebpm's chart draws them.
            py.append("data = rows.assign(_label=labels).pivot(index=\"_label\", columns=")
                    .append(PythonText.shortString(spec.series().get())).append(", values=")
                    .append(spec.y().size() == 1 ? PythonText.shortString(spec.y().get(0))
                            : "[" + columnList(spec.y()) + "]")
                    .append(").reindex(labels.unique())\n");
            if (spec.y().size() > 1) {
                py.append("data.columns = [f\"{series} {y}\" for y, series in data.columns]\n");
            }
            py.append("data = data.dropna(axis=1, how=\"all\")\n");
        } else {
            py.append("data = rows.set_index(labels)[[").append(columnList(spec.y())).append("]]\n");
        }
        boolean horizontal = ChartRenderer.horizontal(doc.table(), spec);
        String kind = spec.type() == ChartSpec.Type.LINE ? "line" : horizontal ? "barh" : "bar";
        String title = spec.title().isBlank() ? doc.title() : spec.title();
        spec.errorBars().ifPresent(bars -> py.append(errorBars(bars)));
        py.append("ax = data.plot(kind=\"").append(kind).append("\", figsize=(10, 6), title=")
                .append(PythonText.shortString(title));
        if (spec.type() == ChartSpec.Type.BAR && spec.series().isPresent()) {
            py.append(", stacked=True");  // one bar per category, coloured by its series
        }
        if (spec.errorBars().isPresent()) {
            py.append(horizontal ? ", xerr=err" : ", yerr=err").append(", capsize=4");
        }
        py.append(")\n");
        if (horizontal) {
            py.append("ax.invert_yaxis()  # 表と同じく上から\n");
        }
        py.append("plt.show()");
        return py.toString();
    }

    // matplotlib takes error bars as distances below and above each bar: columns × (below, above) × rows.
    private static String errorBars(ChartSpec.ErrorBars bars) {
        String y = PythonText.shortString(bars.y());
        return "import numpy as np\n"
                + "err = np.full((len(data.columns), 2, len(data)), np.nan)\n"
                + "err[list(data.columns).index(" + y + "), 0] = (rows[" + y + "] - rows["
                + PythonText.shortString(bars.low()) + "]).to_numpy()\n"
                + "err[list(data.columns).index(" + y + "), 1] = (rows[" + PythonText.shortString(bars.high())
                + "] - rows[" + y + "]).to_numpy()\n";
    }

    private static String columnList(List<String> columns) {
        return columns.stream().map(PythonText::shortString).collect(Collectors.joining(", "));
    }

    private static Map<String, Object> tableOutput(EvidenceDocument doc) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("text/html", lines(HtmlExporter.table(doc)));
        data.put("text/plain", lines(plainTable(doc)));
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("output_type", "execute_result");
        output.put("execution_count", null);
        output.put("data", data);
        output.put("metadata", Map.of());
        return output;
    }

    private static Map<String, Object> chartOutput(EvidenceDocument doc, ChartSpec spec) {
        byte[] png = ChartRenderer.png(doc.table(), spec, doc.title(), doc.decimals());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("image/png", Base64.getEncoder().encodeToString(png));
        data.put("text/plain", List.of("<グラフ: " + (spec.title().isBlank() ? doc.title() : spec.title()) + ">"));
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("output_type", "display_data");
        output.put("data", data);
        output.put("metadata", Map.of());
        return output;
    }

    /** The table as aligned text, for front ends that show no HTML; Japanese counts two columns. */
    static String plainTable(EvidenceDocument doc) {
        Table table = doc.table();
        CellFormatter cells = CellFormatter.grouped(doc);
        List<List<String>> rows = new ArrayList<>();
        rows.add(table.columnNames());
        for (int row = 0; row < table.rowCount(); row++) {
            List<String> texts = new ArrayList<>();
            for (Column<?> column : table.columns()) {
                texts.add(cells.format(column, row).replace('\n', ' '));
            }
            rows.add(texts);
        }
        int[] widths = new int[table.columnCount()];
        for (List<String> texts : rows) {
            for (int col = 0; col < texts.size(); col++) {
                widths[col] = Math.max(widths[col], DisplayWidth.of(texts.get(col)));
            }
        }
        StringBuilder text = new StringBuilder();
        for (List<String> texts : rows) {
            List<String> padded = new ArrayList<>();
            for (int col = 0; col < texts.size(); col++) {
                String pad = " ".repeat(widths[col] - DisplayWidth.of(texts.get(col)));
                padded.add(CellFormatter.isNumeric(table.column(col)) ? pad + texts.get(col) : texts.get(col) + pad);
            }
            text.append(String.join("  ", padded).stripTrailing()).append('\n');
        }
        return text.toString();
    }

    private static Map<String, Object> metadata(EvidenceDocument doc) {
        Map<String, Object> kernel = new LinkedHashMap<>();
        kernel.put("display_name", "Python 3");
        kernel.put("language", "python");
        kernel.put("name", "python3");
        Map<String, Object> ebpm = new LinkedHashMap<>();
        ebpm.put("evidence", doc.name());
        ebpm.put("run_id", doc.lineage().runId());
        ebpm.put("generated_at", doc.lineage().generatedAtIso());
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("kernelspec", kernel);
        metadata.put("language_info", Map.of("name", "python"));
        metadata.put("title", doc.title());
        metadata.put("ebpm", ebpm);
        return metadata;
    }

    private static Map<String, Object> markdown(String id, String source) {
        Map<String, Object> cell = new LinkedHashMap<>();
        cell.put("cell_type", "markdown");
        cell.put("id", id);
        cell.put("metadata", Map.of());
        cell.put("source", lines(source));
        return cell;
    }

    private static Map<String, Object> code(String id, String source, List<Object> outputs) {
        Map<String, Object> cell = new LinkedHashMap<>();
        cell.put("cell_type", "code");
        cell.put("execution_count", null);
        cell.put("id", id);
        cell.put("metadata", Map.of());
        cell.put("outputs", outputs);
        cell.put("source", lines(source));
        return cell;
    }

    // Jupyter stores multi-line text as a list of lines, each but the last ending in \n; diffs stay readable.
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }
}
