package ebpm.jobs.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import ebpm.analytics.testing.TestTools;
import ebpm.jobs.cli.SampleRun;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample's nightly pack as planners see it: every HTML page as headless Chromium renders it, the measure list
 * printed to PDF, the Excel cells as Excel formats them. Years read 2020, never 2,020; every format carries the
 * source line; the long list prints on a handful of A4 pages.
 */
class EvidencePackOnScreenAndPaperTest {

    private static final Pattern YEAR_HEADER = Pattern.compile("(.*年度|.*年|暦年)");
    private static final Pattern COMMA_YEAR = Pattern.compile("\\b2,0\\d\\d\\b");
    private static final Pattern HEADER_CELL = Pattern.compile("<th scope=\"col\"[^>]*>([^<]*)</th>");
    private static final Pattern ROW = Pattern.compile("<tr>(<td.*?)</tr>");
    private static final Pattern CELL = Pattern.compile("<td[^>]*>([^<]*)</td>");
    /** The sample's measure list: 76 rows, about a third with a paragraph of reasons. */
    private static final int MEASURE_STATUS_PAGES = 8;

    private static Path pack;

    @BeforeAll
    static void thePack() throws IOException {
        try (Stream<Path> packs = Files.list(SampleRun.work().resolve("evidence"))) {
            pack = packs.filter(folder -> !folder.getFileName().toString().startsWith(".")).findFirst()
                    .orElseThrow();
        }
    }

    @Test
    void everyPageAsChromiumRendersItPrintsYearsWithoutSeparatorsAndItsSourceLine(@TempDir Path temp)
            throws Exception {
        Path chromium = TestTools.require("chromium");
        List<Path> pages = files(".html").stream()
                .filter(page -> !page.getFileName().toString().equals("index.html")).toList();
        assertThat(pages).hasSize(12);
        for (Path page : pages) {
            String dom = run(temp, chromium.toString(), "--dump-dom", page.toUri().toString());
            List<String> headers = new ArrayList<>();
            HEADER_CELL.matcher(dom).results().forEach(header -> headers.add(header.group(1)));
            assertThat(headers).as(page.toString()).isNotEmpty();
            Matcher row = ROW.matcher(dom.substring(dom.indexOf("<tbody>")));
            while (row.find()) {
                List<String> cells = CELL.matcher(row.group(1)).results().map(cell -> cell.group(1)).toList();
                for (int col = 0; col < Math.min(cells.size(), headers.size()); col++) {
                    if (YEAR_HEADER.matcher(headers.get(col)).matches()) {
                        // 2020, or a label such as 令和6年度: never 2,020.
                        assertThat(cells.get(col)).as(page + " " + headers.get(col)).doesNotContainPattern("\\d,\\d");
                    }
                }
            }
            assertThat(dom).as(page.toString()).contains("<td class=\"source-line\"", "作成: ebpm ")
                    .contains("<a href=\"index.html\">");
        }
    }

    @Test
    void theMeasureListPrintsOnAFewA4LandscapePagesAndReadsOnAScreen(@TempDir Path temp) throws Exception {
        Path chromium = TestTools.require("chromium");
        Path pdfinfo = TestTools.require("pdfinfo");
        Path page = only("measure-status_", ".html");
        Path pdf = temp.resolve("measure-status.pdf");
        Path png = temp.resolve("measure-status.png");

        run(temp, chromium.toString(), "--no-pdf-header-footer", "--print-to-pdf=" + pdf, page.toUri().toString());
        run(temp, chromium.toString(), "--screenshot=" + png, "--window-size=1366,900", page.toUri().toString());

        String info = run(temp, pdfinfo.toString(), pdf.toString());
        Matcher pages = Pattern.compile("Pages:\\s+(\\d+)").matcher(info);
        assertThat(pages.find()).as(info).isTrue();
        assertThat(Integer.parseInt(pages.group(1))).as("pages of measure-status on A4").isBetween(1,
                MEASURE_STATUS_PAGES);
        assertThat(info).contains("841.92 x 594.96 pts (A4)");
        assertThat(png).isNotEmptyFile();
    }

    @Test
    void excelShowsYearsWithoutSeparatorsAndTheSourceLineUnderEveryTable() throws IOException {
        DataFormatter excel = new DataFormatter();
        List<Path> workbooks = files(".xlsx");
        assertThat(workbooks).hasSize(12);
        for (Path file : workbooks) {
            try (InputStream in = Files.newInputStream(file); Workbook workbook = WorkbookFactory.create(in)) {
                Sheet table = workbook.getSheet("表");
                Row header = table.getRow(0);
                boolean sourceLine = false;
                for (Row row : table) {
                    for (Cell cell : row) {
                        String shown = excel.formatCellValue(cell);
                        sourceLine |= shown.startsWith("出典: ") || shown.startsWith("作成: ebpm ");
                        Cell heading = header.getCell(cell.getColumnIndex());
                        if (row.getRowNum() > 0 && heading != null
                                && YEAR_HEADER.matcher(heading.getStringCellValue()).matches()) {
                            assertThat(COMMA_YEAR.matcher(shown).find()).as(file + " " + shown).isFalse();
                        }
                    }
                }
                assertThat(sourceLine).as(file.toString()).isTrue();
            }
        }
    }

    @Test
    void theNotebookAndTheLineageCarryTheSourceLineAndTheCsvStaysOnlyTheTable() throws IOException {
        for (Path notebook : files(".ipynb")) {
            assertThat(Files.readString(notebook)).as(notebook.toString()).contains("作成: ebpm ");
        }
        for (Path lineage : files(".lineage.json")) {
            assertThat(Files.readString(lineage)).as(lineage.toString()).contains("\"source_line\": \"");
        }
        for (Path csv : files(".csv")) {
            assertThat(Files.readString(csv, StandardCharsets.UTF_8)).as(csv.toString()).doesNotContain("作成: ebpm");
        }
        assertThat(Files.readString(only("achievement-by-pillar_", ".lineage.json")))
                .contains("ict-plan-achievement-rates-fy2019.csv", "点検報告書")
                .doesNotContain("kanagawa-visitors-published.csv", "入込観光客調査");
        assertThat(Files.readString(only("visitor-trend", ".lineage.json")))
                .contains("kanagawa-visitors-published.csv", "\"source_line\": \"出典: 神奈川県「入込観光客調査」 ／ 作成: ebpm ")
                .doesNotContain("ict-plan-achievement-rates-fy2019.csv");
    }

    private static List<Path> files(String suffix) throws IOException {
        try (Stream<Path> files = Files.list(pack)) {
            return files.filter(file -> file.getFileName().toString().endsWith(suffix)
                    && (suffix.equals(".lineage.json") || !file.getFileName().toString().endsWith(".lineage.json")))
                    .sorted().toList();
        }
    }

    private static Path only(String prefix, String suffix) throws IOException {
        return files(suffix).stream().filter(file -> file.getFileName().toString().startsWith(prefix)).findFirst()
                .orElseThrow();
    }

    /** Runs a program (Chromium headless with a profile of its own, offline) and returns what it printed. */
    private static String run(Path temp, String program, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(program));
        if (program.endsWith("chromium")) {
            Path profile = Files.createTempDirectory(temp, "chromium-profile");
            command.addAll(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--user-data-dir=" + profile));
        }
        command.addAll(List.of(arguments));
        Path output = Files.createTempFile(temp, "out", ".txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(false)
                .redirectOutput(output.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(command + " did not finish in 120 s");
        }
        assertThat(process.exitValue()).as(String.join(" ", command)).isZero();
        return Files.readString(output, StandardCharsets.UTF_8);
    }
}
