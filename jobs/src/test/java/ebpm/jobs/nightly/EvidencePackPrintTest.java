package ebpm.jobs.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import ebpm.analytics.testing.TestTools;
import ebpm.evidence.catalog.EvidenceCatalog;
import ebpm.evidence.catalog.EvidenceDefinition;
import ebpm.jobs.cli.Ebpm;
import ebpm.jobs.cli.SampleRun;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The nightly pack's workbooks as planners print them: each table whose YAML declares a chart has a native Excel
 * chart bound to cells, every sheet prints landscape one page wide with title and page numbers, and LibreOffice
 * prints a short table on one page and the chart whole on a page of its own.
 */
class EvidencePackPrintTest {

    private static Path pack;
    private static Map<Path, EvidenceDefinition> workbooks;

    @BeforeAll
    static void nightlyOnTheSampleData() throws IOException {
        Ebpm.Result result = SampleRun.result();
        assertThat(result.exitCode()).as(result.err()).isZero();
        pack = SampleRun.work().resolve("evidence/2026-11-21");
        EvidenceCatalog catalog = EvidenceCatalog.load();
        workbooks = new TreeMap<>();
        try (Stream<Path> files = Files.list(pack)) {
            // achievement-by-pillar_FY2020.xlsx → achievement-by-pillar; plan-review_dx-2024.xlsx → plan-review
            files.filter(file -> file.toString().endsWith(".xlsx")).forEach(file -> workbooks.put(file,
                    catalog.definition(file.getFileName().toString()
                            .replaceAll("(_[a-z]+-\\d{4})?(_FY\\d+)?\\.xlsx$", ""))));
        }
        assertThat(workbooks).hasSize(12);
    }

    @Test
    void everyWorkbookWhoseTableDeclaresAChartHoldsANativeChartBoundToCells() throws IOException {
        List<String> charted = new ArrayList<>();
        for (var entry : workbooks.entrySet()) {
            try (XSSFWorkbook workbook = open(entry.getKey())) {
                String name = entry.getValue().name();
                XSSFSheet sheet = workbook.getSheet("グラフ");
                if (entry.getValue().chart().isEmpty()) {
                    assertThat(sheet).as(name).isNull();
                    continue;
                }
                charted.add(name);
                XSSFDrawing drawing = sheet.getDrawingPatriarch();
                assertThat(drawing.getShapes()).as(name).noneMatch(shape -> shape instanceof XSSFPicture);
                assertThat(drawing.getCharts()).as(name).hasSize(1);
                XSSFChart chart = drawing.getCharts().get(0);
                for (XDDFChartData data : chart.getChartSeries()) {
                    for (int i = 0; i < data.getSeriesCount(); i++) {
                        XDDFChartData.Series series = data.getSeries(i);
                        assertThat(series.getValuesData().isReference()).as(name).isTrue();
                        assertThat(series.getValuesData().getDataRangeReference()).as(name).matches("(表|グラフ)!\\$.*");
                        assertThat(series.getCategoryData().getDataRangeReference()).as(name)
                                .matches("(表|グラフ)!\\$.*");
                    }
                }
            }
        }
        assertThat(charted).containsExactly("achievement-by-level", "achievement-by-pillar", "health-support-summary",
                "plan-review", "tourism-pageviews-trend", "tourism-pageviews", "tourism-targets", "tourism-top-pages",
                "visitor-trend");
    }

    @Test
    void everySheetPrintsLandscapeOnePageWideWithTitleAndPageNumbers() throws IOException {
        for (var entry : workbooks.entrySet()) {
            try (XSSFWorkbook workbook = open(entry.getKey())) {
                String title = workbook.getSheet("説明").getRow(1).getCell(1).getStringCellValue();
                for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                    XSSFSheet sheet = workbook.getSheetAt(i);
                    String name = entry.getKey().getFileName() + " " + sheet.getSheetName();
                    assertThat(sheet.getPrintSetup().getLandscape()).as(name).isTrue();
                    assertThat(sheet.getFitToPage()).as(name).isTrue();
                    assertThat(sheet.getPrintSetup().getFitWidth()).as(name).isEqualTo((short) 1);
                    assertThat(sheet.getHeader().getCenter()).as(name).isEqualTo(title.replace("&", "&&"));
                    assertThat(sheet.getFooter().getRight()).as(name).contains("&P");
                }
                assertThat(workbook.getSheet("表").getRepeatingRows()).as(entry.getKey().toString()).isNotNull();
            }
        }
    }

    @Test
    void libreOfficePrintsAShortTableOnOnePageAndTheChartWholeOnItsOwn(@TempDir Path out) throws Exception {
        Path soffice = TestTools.require("soffice");
        Path pdfinfo = TestTools.require("pdfinfo");
        Path pdftotext = TestTools.require("pdftotext");
        List<String> convert = new ArrayList<>(List.of(soffice.toString(),
                "-env:UserInstallation=" + out.resolve("profile").toUri(), "--headless", "--convert-to", "pdf",
                "--outdir", out.toString()));
        workbooks.keySet().forEach(file -> convert.add(file.toString()));
        run(convert, 300);

        for (var entry : workbooks.entrySet()) {
            String name = entry.getValue().name();
            Path pdf = out.resolve(entry.getKey().getFileName().toString().replace(".xlsx", ".pdf"));
            int pages = Integer.parseInt(run(List.of(pdfinfo.toString(), pdf.toString()), 60).lines()
                    .filter(line -> line.startsWith("Pages:")).findFirst().orElseThrow().split("\\s+")[1]);
            // The page header names the sheet (&A), so each page tells which sheet it belongs to.
            Map<String, Integer> pagesPerSheet = new TreeMap<>();
            for (int page = 1; page <= pages; page++) {
                String text = run(List.of(pdftotext.toString(), "-f", "" + page, "-l", "" + page, pdf.toString(), "-"),
                        60);
                String sheet = text.lines().map(String::strip).filter(line -> List.of("表", "説明", "グラフ")
                        .contains(line)).findFirst().orElse("?");
                pagesPerSheet.merge(sheet, 1, Integer::sum);
            }
            int rows = rows(entry.getKey());
            assertThat(pagesPerSheet.keySet()).as(name).doesNotContain("?");
            // A short table on one page; a long one on about a page per 10 rows (wrapped reasons included).
            assertThat(pagesPerSheet.get("表")).as(name + " " + rows + " rows")
                    .isBetween(1, rows <= 20 ? 1 : rows / 10 + 1);
            assertThat(pagesPerSheet.getOrDefault("グラフ", 0)).as(name)
                    .isEqualTo(entry.getValue().chart().isPresent() ? 1 : 0);
        }
    }

    private static int rows(Path workbook) throws IOException {
        try (XSSFWorkbook book = open(workbook)) {
            return book.getSheet("表").getLastRowNum();
        }
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static String run(List<String> command, int timeoutSeconds) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(timeoutSeconds, TimeUnit.SECONDS)).as(command.toString()).isTrue();
        String text = new String(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(command + "\n" + text).isZero();
        return text;
    }
}
