package ebpm.evidence.export;

import static ebpm.evidence.export.SampleDocuments.document;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ebpm.evidence.chart.ChartSpec;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarSer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class XlsxExporterTest {

    @TempDir
    Path folder;

    @Test
    void writesJapaneseHeadersAndNumbersAsNumbersWithFormats() throws IOException {
        try (XSSFWorkbook workbook = open(document(achievementTable(), Map.of("達成率(%)", 1)))) {
            Sheet sheet = workbook.getSheet("表");
            assertThat(texts(sheet.getRow(0))).containsExactly("柱", "施策数", "累計", "達成率(%)", "伸び率");

            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("柱Ⅰ 暮らしの情報化");
            assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(841586);
            assertThat(first.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(first.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(72.7);
            assertThat(first.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0.0");
            assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(0.125);
            assertThat(first.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("General");
        }
    }

    @Test
    void storesDeclaredDecimalsRoundedAsTheCsvPrintsThem() throws IOException {
        var table = Table.create("rates", DoubleColumn.create("達成率(%)", 2.675, 69.84));

        try (XSSFWorkbook workbook = open(document(table, Map.of("達成率(%)", 1)))) {
            Sheet sheet = workbook.getSheet("表");
            assertThat(sheet.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(2.7);
            assertThat(sheet.getRow(2).getCell(0).getNumericCellValue()).isEqualTo(69.8);
        }
    }

    @Test
    void leavesMissingValuesBlank() throws IOException {
        try (XSSFWorkbook workbook = open(document(achievementTable(), Map.of("達成率(%)", 1)))) {
            Row second = workbook.getSheet("表").getRow(2);
            // Blank, yet a cell, so that it is ruled like its neighbours.
            assertThat(second.getCell(3).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(second.getCell(4).getCellType()).isEqualTo(CellType.BLANK);
        }
    }

    @Test
    void freezesTheHeaderRowAndFiltersIt() throws IOException {
        try (XSSFWorkbook workbook = open(document(achievementTable(), Map.of("達成率(%)", 1)))) {
            Sheet sheet = workbook.getSheet("表");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getPaneInformation().getVerticalSplitPosition()).isZero();
            assertThat(workbook.getSheet("表").getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
        }
    }

    @Test
    void sizesColumnsCountingJapaneseCharactersTwice() throws IOException {
        var table = Table.create("names",
                StringColumn.create("施策名", "ICTを活用した未病改善の推進"),
                StringColumn.create("code", "ABCDEFGHIJKLMN"),
                StringColumn.create("理由", "あ".repeat(200)));

        try (XSSFWorkbook workbook = open(document(table, Map.of()))) {
            Sheet sheet = workbook.getSheet("表");
            // 3 ASCII + 12 wide = 27 columns, + 2 margin; 14 ASCII + 2; capped at 60 and wrapped.
            assertThat(sheet.getColumnWidth(0)).isEqualTo(29 * 256);
            assertThat(sheet.getColumnWidth(1)).isEqualTo(16 * 256);
            assertThat(sheet.getColumnWidth(2)).isEqualTo(60 * 256);
            assertThat(sheet.getRow(1).getCell(2).getCellStyle().getWrapText()).isTrue();
            assertThat(sheet.getRow(1).getCell(0).getCellStyle().getWrapText()).isFalse();
        }
    }

    @Test
    void keepsTextThatLooksLikeAFormulaAsTextEvenWhenEdited() throws IOException {
        var table = Table.create("notes", StringColumn.create("備考",
                "=HYPERLINK(\"http://x\")", "+81", "-x", "@SUM(A1)", "\tタブ", "\r改行", "普通の文", "a=b"));

        try (XSSFWorkbook workbook = open(document(table, Map.of()))) {
            Sheet sheet = workbook.getSheet("表");
            List<Boolean> quoted = new ArrayList<>();
            for (int row = 1; row <= 8; row++) {
                Cell cell = sheet.getRow(row).getCell(0);
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                quoted.add(cell.getCellStyle().getQuotePrefixed());
            }
            // The value is kept as written (no apostrophe added, unlike CSV); the style marks it as text.
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
            assertThat(quoted).containsExactly(true, true, true, true, true, true, false, false);
        }
    }

    @Test
    void describesTheTableAndItsLineageOnASecondSheet() throws IOException {
        var doc = document(achievementTable(), Map.of("達成率(%)", 1)).withRecipe(SampleDocuments.RECIPE);

        try (XSSFWorkbook workbook = open(doc)) {
            assertThat(workbook.getSheetName(1)).isEqualTo("説明");
            List<List<String>> rows = new ArrayList<>();
            for (Row row : workbook.getSheet("説明")) {
                rows.add(texts(row));
            }
            assertThat(rows).contains(
                    List.of("表題", "施策の成果指標達成状況（柱・中柱別） 令和2年度", ""),
                    List.of("定義", "achievement-by-pillar", "ebpm catalog で一覧できます"),
                    List.of("条件", "年度", "2020（令和2年度）"),
                    List.of("元データ", "kanagawa-ict-measures-fy2020.csv", "SHA-256 " + SampleDocuments.MEASURES_SHA_256),
                    List.of("モデル", "achievement-rate-by-pillar", ""),
                    List.of("計算エンジン", "duckdb 1.4.0", ""),
                    List.of("実行ID", "nightly-20261121-0300", ""),
                    List.of("作成日時", "2026-11-21T03:00:00+09:00", ""));
            Row sql = workbook.getSheet("説明").getRow(rows.size() - 1);
            assertThat(sql.getCell(1).getStringCellValue()).startsWith("-- achievement-by-pillar");
            // The SQL starts with "--": stored as text, quote-prefixed.
            assertThat(sql.getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @Test
    void putsTheDeclaredChartOnItsOwnSheetAsANativeChartBoundToTheTableCells() throws IOException {
        var doc = document(achievementTable(), Map.of("達成率(%)", 1)).withChart(SampleDocuments.RATE_CHART);

        try (XSSFWorkbook workbook = open(doc)) {
            assertThat(workbook.getSheetName(2)).isEqualTo("グラフ");
            XSSFDrawing drawing = workbook.getSheet("グラフ").getDrawingPatriarch();
            assertThat(drawing.getShapes()).noneMatch(shape -> shape instanceof XSSFPicture);
            XSSFChart chart = drawing.getCharts().get(0);
            XDDFChartData.Series series = chart.getChartSeries().get(0).getSeries(0);
            // One unbroken run of rows: the chart reads the table's own cells.
            assertThat(series.getCategoryData().getDataRangeReference()).isEqualTo("表!$A$2:$A$3");
            assertThat(series.getValuesData().getDataRangeReference()).isEqualTo("表!$D$2:$D$3");
        }
        try (XSSFWorkbook workbook = open(document(achievementTable(), Map.of("達成率(%)", 1)))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
        }
    }

    @Test
    void chartsPickedRowsAndIntervalsThroughFormulasThatReferToTheTable() throws IOException {
        var summary = Table.create("support",
                IntColumn.create("年度", 2018, 2019, 2020),
                DoubleColumn.create("支援あり", 3.07, 5.99, 4.12),
                DoubleColumn.create("差", 0.79, 2.95, 1.53),
                DoubleColumn.create("下限", Double.NaN, -20.73, -0.03),
                DoubleColumn.create("上限", Double.NaN, 26.63, 3.09));
        var spec = new ChartSpec(ChartSpec.Type.GROUPED_BAR, List.of("年度"), List.of("支援あり", "差"),
                Optional.empty(), Map.of(), "", Optional.of(new ChartSpec.ErrorBars("差", "下限", "上限")));

        try (XSSFWorkbook workbook = open(document(summary, Map.of()).withChart(spec))) {
            XSSFSheet sheet = workbook.getSheet("グラフ");
            XSSFChart chart = sheet.getDrawingPatriarch().getCharts().get(0);
            XDDFChartData.Series difference = chart.getChartSeries().get(0).getSeries(1);
            assertThat(difference.getValuesData().getDataRangeReference()).isEqualTo("グラフ!$C$41:$C$43");
            Row y2019 = sheet.getRow(41);
            assertThat(y2019.getCell(0).getCellFormula()).isEqualTo("'表'!$A$3&\"\"");
            assertThat(y2019.getCell(2).getCellFormula()).isEqualTo("'表'!$C$3");
            // Excel takes error bars as distances from the bar: 差 − 下限 and 上限 − 差.
            assertThat(y2019.getCell(3).getCellFormula()).isEqualTo("'表'!$C$3-'表'!$D$3");
            assertThat(y2019.getCell(4).getCellFormula()).isEqualTo("'表'!$E$3-'表'!$C$3");
            assertThat(y2019.getCell(4).getNumericCellValue()).isCloseTo(23.68, within(1e-9));
            // 2018 has no interval: no distance, no error bar.
            assertThat(sheet.getRow(40).getCell(3)).isNull();
            CTBarSer xml = ((XDDFBarChartData.Series) difference).getCTBarSer();
            assertThat(xml.getErrBars().getPlus().getNumRef().getF()).isEqualTo("グラフ!$E$41:$E$43");
            assertThat(xml.getErrBars().getMinus().getNumRef().getF()).isEqualTo("グラフ!$D$41:$D$43");
            // The axis reaches the interval's ends, which Excel's automatic scale would cut off.
            assertThat(chart.getAxes().get(1).getMinimum()).isEqualTo(-30);
            assertThat(chart.getAxes().get(1).getMaximum()).isEqualTo(30);
        }
    }

    @Test
    void printsLandscapeOnePageWideWithTheHeaderRowOnEveryPageAndTitleAndPageNumbers() throws IOException {
        var doc = document(achievementTable(), Map.of("達成率(%)", 1)).withChart(SampleDocuments.RATE_CHART);

        try (XSSFWorkbook workbook = open(doc)) {
            for (String name : List.of("表", "説明", "グラフ")) {
                XSSFSheet sheet = workbook.getSheet(name);
                assertThat(sheet.getPrintSetup().getLandscape()).as(name).isTrue();
                assertThat(sheet.getPrintSetup().getPaperSize()).as(name).isEqualTo(PrintSetup.A4_PAPERSIZE);
                assertThat(sheet.getFitToPage()).as(name).isTrue();
                assertThat(sheet.getPrintSetup().getFitWidth()).as(name).isEqualTo((short) 1);
                assertThat(sheet.getHeader().getCenter()).as(name).isEqualTo("施策の成果指標達成状況（柱・中柱別） 令和2年度");
                assertThat(sheet.getFooter().getRight()).as(name).isEqualTo("&P / &N");
            }
            XSSFSheet table = workbook.getSheet("表");
            assertThat(table.getPrintSetup().getFitHeight()).isZero();
            assertThat(table.getRepeatingRows()).hasToString(new CellRangeAddress(0, 0, -1, -1).toString());
            // The chart sheet prints the chart alone, shrunk onto one page.
            XSSFSheet chart = workbook.getSheet("グラフ");
            assertThat(chart.getPrintSetup().getFitHeight()).isEqualTo((short) 1);
            assertThat(workbook.getPrintArea(2)).isEqualTo("グラフ!$A$1:$Q$36");
        }
    }

    @Test
    void aTableTooWideToReadOnA4NarrowsItsTextColumnsAndPrintsOnA3() throws IOException {
        List<StringColumn> columns = new ArrayList<>();
        for (int col = 0; col < 10; col++) {
            columns.add(StringColumn.create("列" + col, "あ".repeat(30)));
        }
        var wide = Table.create("wide", columns.toArray(new StringColumn[0]));

        try (XSSFWorkbook workbook = open(document(wide, Map.of()))) {
            XSSFSheet sheet = workbook.getSheet("表");
            // 62 characters each would make 620; narrowed to the floor of 20 they wrap, and 200 go on A3.
            assertThat(sheet.getColumnWidth(0)).isEqualTo(20 * 256);
            assertThat(sheet.getRow(1).getCell(0).getCellStyle().getWrapText()).isTrue();
            assertThat(sheet.getRow(1).getHeightInPoints()).isEqualTo(4 * 18.75f);
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
        }
    }

    @Test
    void rulesEveryCellAndSetsSubtotalAndTotalRowsInBold() throws IOException {
        var table = Table.create("achievement",
                StringColumn.create("柱", "Ⅰ 暮らしの情報化", "Ⅰ 暮らしの情報化", "合計"),
                StringColumn.create("中柱", "① 県民サービス", "小計", ""),
                IntColumn.create("施策数", 27, 44, 63));

        try (XSSFWorkbook workbook = open(document(table, Map.of()))) {
            Sheet sheet = workbook.getSheet("表");
            assertThat(bold(sheet.getRow(1))).containsExactly(false, false, false);
            assertThat(bold(sheet.getRow(2))).containsExactly(true, true, true);
            assertThat(bold(sheet.getRow(3))).containsExactly(true, true, true);
            // The blank 中柱 of the 合計 row is a cell too, ruled like the others.
            assertThat(sheet.getRow(3).getCell(1).getCellStyle().getBorderLeft()).isEqualTo(BorderStyle.THIN);
            assertThat(sheet.getRow(1).getCell(2).getCellStyle().getBorderBottom()).isEqualTo(BorderStyle.THIN);
        }
    }

    private static List<Boolean> bold(Row row) {
        List<Boolean> bold = new ArrayList<>();
        for (int col = 0; col < row.getLastCellNum(); col++) {
            bold.add(((XSSFCellStyle) row.getCell(col).getCellStyle()).getFont().getBold());
        }
        return bold;
    }

    private XSSFWorkbook open(EvidenceDocument doc) throws IOException {
        Path file = new XlsxExporter().exportInto(folder, doc);
        assertThat(file.getFileName()).hasToString("achievement-by-pillar_FY2020.xlsx");
        assertThat(folder.resolve("achievement-by-pillar_FY2020.xlsx.part")).doesNotExist();
        try (var in = java.nio.file.Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (int col = 0; col < row.getLastCellNum(); col++) {
            Cell cell = row.getCell(col);
            texts.add(cell == null ? "" : cell.getStringCellValue());
        }
        return texts;
    }

    private static Table achievementTable() {
        var rate = DoubleColumn.create("達成率(%)", 72.7);
        rate.appendMissing();
        var growth = DoubleColumn.create("伸び率", 0.125, Double.NaN);
        return Table.create("achievement",
                StringColumn.create("柱", "柱Ⅰ 暮らしの情報化", "柱Ⅱ 行政の情報化"),
                IntColumn.create("施策数", 841586, 12),
                LongColumn.create("累計", 12345678901L, 7L),
                rate, growth);
    }
}
