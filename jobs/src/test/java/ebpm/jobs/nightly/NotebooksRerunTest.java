package ebpm.jobs.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import ebpm.analytics.testing.TestTools;
import ebpm.jobs.cli.SampleRun;
import ebpm.jobs.cli.TestFolders;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every notebook of the sample's nightly pack re-runs as an analyst would re-run it: in a real Jupyter kernel, with
 * the duckdb 1.x line and pandas from the package index, in a copy of the pack moved elsewhere, with no ebpm and no
 * database at hand. The table it shows equals the pack's CSV cell for cell, formatted as the exports are.
 */
class NotebooksRerunTest {

    private static final String RERUN = "/ebpm/notebooks/rerun_notebook.py";

    @Test
    void everyNotebookOfThePackRerunsInJupyterAndShowsTheTableOfItsCsv(@TempDir Path temp) throws Exception {
        Path python = TestTools.notebookPython();
        Path script = temp.resolve("rerun_notebook.py");
        try (InputStream in = NotebooksRerunTest.class.getResourceAsStream(RERUN)) {
            Files.copy(in, script);
        }
        // Moved away from the work folder: the notebook needs only what lies beside it.
        Path pack = TestFolders.copyTree(packOf(SampleRun.work()), temp.resolve("moved-pack"));
        List<Path> notebooks;
        try (Stream<Path> files = Files.list(pack)) {
            notebooks = files.filter(file -> file.toString().endsWith(".ipynb")).sorted().toList();
        }
        assertThat(notebooks).hasSizeGreaterThanOrEqualTo(9);

        for (Path notebook : notebooks) {
            String stem = notebook.getFileName().toString().replace(".ipynb", "");
            Path shown = temp.resolve(stem + ".shown.csv");

            String printed = run(python, script, notebook, shown);

            assertThat(cells(shown)).as("%s re-run in Jupyter: %s", stem, printed)
                    .isEqualTo(cells(pack.resolve(stem + ".csv")));
            assertThat(printed).as(stem).doesNotContain("NaN").doesNotContainPattern("\\de[+-]\\d\\d")
                    .doesNotContain("DuckDBPyConnection");
        }
    }

    private static Path packOf(Path work) throws IOException {
        try (Stream<Path> packs = Files.list(work.resolve("evidence"))) {
            return packs.filter(folder -> !folder.getFileName().toString().startsWith(".")).findFirst().orElseThrow();
        }
    }

    private static String run(Path python, Path script, Path notebook, Path shown) throws Exception {
        Process process = new ProcessBuilder(python.toString(), script.toString(), notebook.toString(),
                shown.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as("re-running %s:%n%s", notebook.getFileName(), output).isZero();
        return output;
    }

    /**
     * The cells of a CSV as a reader compares them: without the BOM, thousands separators or the apostrophe that
     * keeps a spreadsheet from reading {@code +1%} as a formula.
     */
    private static List<List<String>> cells(Path csv) throws IOException {
        String text = Files.readString(csv, StandardCharsets.UTF_8).replace("\uFEFF", "");
        return text.lines().map(NotebooksRerunTest::split).toList();
    }

    private static List<String> split(String line) {
        List<String> cells = new java.util.ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(normal(cell.toString()));
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(normal(cell.toString()));
        return cells;
    }

    private static String normal(String cell) {
        String unprotected = cell.matches("'[=+\\-@].*") ? cell.substring(1) : cell;
        return unprotected.matches("-?[\\d,]+(\\.\\d+)?") ? unprotected.replace(",", "") : unprotected;
    }
}
