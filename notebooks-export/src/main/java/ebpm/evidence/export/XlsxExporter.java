package ebpm.evidence.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Writes an evidence document as an Excel workbook: the table on sheet 表 with Japanese headers, numbers stored as
 * numbers with the formats {@link CellFormatter} gives (years {@code 0}, counts {@code #,##0}, declared decimals
 * {@code #,##0.0}), the header row frozen and columns wide enough for Japanese text, ruled, 小計 and 合計 rows in
 * bold, the source line under it; sheet 説明 with the description and lineage;
 * sheet グラフ with the declared chart as a native Excel chart ({@link XlsxChart}). Every sheet prints on A4
 * landscape with title, source line and page numbers ({@link XlsxPaper}).
 *
 * <p>Text is always stored as text, never as a formula. Text that Excel would turn into a formula when a user edits
 * the cell (starting with =, +, -, @, tab or CR) also gets the quote-prefix style, so it stays text after editing.
 */
public final class XlsxExporter implements EvidenceExporter {

    static final String TABLE_SHEET = "表";
    static final String ABOUT_SHEET = "説明";
    static final String CHART_SHEET = "グラフ";
    // Japanese Excel's default font; the widths below are counted in its digit width.
    static final String FONT = "游ゴシック";
    private static final int MIN_WIDTH = 6;
    private static final int MAX_WIDTH = 60;
    // The 説明 sheet's columns: 項目, 内容, 補足.
    private static final int[] ABOUT_WIDTHS = {14, 80, 76};
    // Room for the filter drop-down button in the header cell.
    private static final int HEADER_BUTTON = 3;

    @Override
    public String format() {
        return "xlsx";
    }

    /** A workbook's first export loads POI and its schema types, and its first chart POI's drawing ones. */
    @Override
    public void loadAhead() throws IOException {
        FirstUse.writeAndDelete(this);
    }

    @Override
    public String extension() {
        return "xlsx";
    }

    @Override
    public void export(EvidenceDocument doc, Path file) throws IOException {
        // Written aside and moved into place, so a failure leaves no half-written workbook a planner could open.
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            XSSFSheet table = workbook.createSheet(TABLE_SHEET);
            int width = tableSheet(table, doc, styles);
            XlsxPaper.table(table, doc.title(), footerText(doc), 1, width);
            Sheet about = workbook.createSheet(ABOUT_SHEET);
            aboutSheet(about, doc, styles);
            XlsxPaper.table(about, doc.title(), footerText(doc), 1, Arrays.stream(ABOUT_WIDTHS).sum());
            if (doc.chart().isPresent()) {
                XSSFSheet chart = XlsxChart.add(workbook, table, doc, styles.header);
                XlsxPaper.chart(chart, doc.title(), footerText(doc), XlsxChart.LAST_ROW, XlsxChart.LAST_COLUMN);
            }
            try (OutputStream out = Files.newOutputStream(partial)) {
                workbook.write(out);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** The line at the foot of every printed page: the report's source line (出典 … ／ 作成 …). */
    static String footerText(EvidenceDocument doc) {
        return SourceLine.of(doc.lineage());
    }

    /** Writes the table; returns its width in characters, for the paper it prints on. */
    private static int tableSheet(Sheet sheet, EvidenceDocument doc, Styles styles) {
        Table table = doc.table();
        CellFormatter shown = CellFormatter.grouped(doc);
        CellFormatter plain = CellFormatter.plain(doc);
        Row header = sheet.createRow(0);
        for (int col = 0; col < table.columnCount(); col++) {
            text(header.createCell(col), table.column(col).name(), styles.header, styles.header);
        }
        int[] natural = new int[table.columnCount()];
        boolean[] textColumns = new boolean[table.columnCount()];
        for (int col = 0; col < table.columnCount(); col++) {
            natural[col] = width(table.column(col), shown);
            textColumns[col] = !CellFormatter.isNumeric(table.column(col));
        }
        int[] widths = ColumnWidths.fitted(natural, textColumns, XlsxPaper.A4_WIDTH);
        for (int col = 0; col < table.columnCount(); col++) {
            sheet.setColumnWidth(col, 256 * widths[col]);
        }
        for (int row = 0; row < table.rowCount(); row++) {
            Row cells = sheet.createRow(row + 1);
            boolean total = TotalRows.isTotal(table, row);
            int lines = 1;
            for (int col = 0; col < table.columnCount(); col++) {
                Column<?> column = table.column(col);
                // Text longer than its column wraps inside it instead of running over its neighbours.
                boolean wrap = widths[col] == MAX_WIDTH || widths[col] < natural[col];
                if (CellFormatter.isNumeric(column)) {
                    number(cells, col, column, row, plain, styles);
                } else if (!column.isMissing(row)) {
                    text(cells.createCell(col), column.getString(row), wrap ? styles.wrapped : styles.text,
                            wrap ? styles.quotedWrapped : styles.quotedText);
                    if (wrap) {
                        lines = Math.max(lines, WrappedRowHeight.lines(column.getString(row), widths[col]));
                    }
                } else {
                    // A blank cell too gets its borders, so the table prints ruled without gaps.
                    cells.createCell(col).setCellStyle(styles.text);
                }
                if (total) {
                    Cell cell = cells.getCell(col) == null ? cells.createCell(col) : cells.getCell(col);
                    cell.setCellStyle(styles.bold(cell.getCellStyle()));
                }
            }
            if (lines > 1) {
                cells.setHeightInPoints(WrappedRowHeight.points(lines));
            }
        }
        if (table.rowCount() == 0) {
            text(sheet.createRow(1).createCell(0), EmptyTableNote.of(doc), styles.text, styles.quotedText);
        }
        // The line a report prints under the table, one empty row below it so the filter range stays the table.
        text(sheet.createRow(table.rowCount() + 2).createCell(0), SourceLine.of(doc.lineage()), styles.text,
                styles.quotedText);
        sheet.createFreezePane(0, 1);
        if (table.columnCount() > 0) {
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, table.rowCount()), 0, table.columnCount() - 1));
        }
        return Arrays.stream(widths).sum();
    }

    private static void number(Row cells, int col, Column<?> column, int row, CellFormatter plain, Styles styles) {
        // The same digits as the CSV and the page: a value with declared decimals is stored rounded to them, and
        // the cell's format is the one CellFormatter gives every format (a year 0, a count #,##0).
        String digits = plain.format(column, row);
        String format = plain.excelFormat(column, row);
        if (digits.isEmpty()) {
            cells.createCell(col).setCellStyle(styles.number(format));
            return;
        }
        Cell cell = cells.createCell(col);
        cell.setCellValue(Double.parseDouble(digits));
        cell.setCellStyle(styles.number(format));
    }

    private static void text(Cell cell, String value, CellStyle plain, CellStyle quoted) {
        // setCellValue(String) stores a string, never a formula; the quote prefix keeps it one when edited.
        cell.setCellValue(value);
        cell.setCellStyle(CsvCells.formulaLike(value) ? quoted : plain);
    }

    // Counted in display columns of the longest line, so a column of Japanese names is twice as wide as ASCII.
    private static int width(Column<?> column, CellFormatter shown) {
        int widest = DisplayWidth.of(column.name()) + HEADER_BUTTON;
        for (int row = 0; row < column.size(); row++) {
            for (String line : shown.format(column, row).split("\n")) {
                widest = Math.max(widest, DisplayWidth.of(line));
            }
        }
        return Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, widest + 2));
    }

    private static void aboutSheet(Sheet sheet, EvidenceDocument doc, Styles styles) {
        List<String[]> facts = facts(doc);
        Row header = sheet.createRow(0);
        String[] headings = {"項目", "内容", "補足"};
        for (int col = 0; col < headings.length; col++) {
            text(header.createCell(col), headings[col], styles.header, styles.header);
        }
        for (int i = 0; i < facts.size(); i++) {
            Row row = sheet.createRow(i + 1);
            int lines = 1;
            for (int col = 0; col < facts.get(i).length; col++) {
                text(row.createCell(col), facts.get(i)[col], styles.wrapped, styles.quotedWrapped);
                lines = Math.max(lines, WrappedRowHeight.lines(facts.get(i)[col], ABOUT_WIDTHS[col]));
            }
            if (lines > 1) {
                row.setHeightInPoints(WrappedRowHeight.points(lines));
            }
        }
        sheet.createFreezePane(0, 1);
        for (int col = 0; col < ABOUT_WIDTHS.length; col++) {
            sheet.setColumnWidth(col, 256 * ABOUT_WIDTHS[col]);
        }
        // The SQL, the last row, runs longer than a page and a row can hold: it stays in the cell (and in the
        // lineage JSON and the notebook) and is left off paper rather than printed cut.
        if (doc.recipe().isPresent()) {
            sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), 0, ABOUT_WIDTHS.length - 1,
                    0, facts.size() - 1);
        }
    }

    /** The description sheet's rows: what the table is, how it was filtered, and where its numbers came from. */
    static List<String[]> facts(EvidenceDocument doc) {
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {"表題", doc.title(), ""});
        facts.add(new String[] {"説明", doc.description(), ""});
        facts.add(new String[] {"ファイル名", doc.name(), ""});
        facts.add(new String[] {"出典", SourceLine.of(doc.lineage()), "報告書に表を載せるときの出典の書き方"});
        doc.recipe().ifPresent(recipe -> {
            facts.add(new String[] {"定義", recipe.definition(), "ebpm catalog で一覧できます"});
            facts.add(new String[] {"粒度", recipe.grain(), ""});
            recipe.filters().forEach((label, value) -> facts.add(new String[] {"条件", label, value}));
        });
        Lineage lineage = doc.lineage();
        for (SourceFile source : lineage.sources()) {
            facts.add(new String[] {"元データ", source.name(), "SHA-256 " + source.checksum()});
        }
        for (String model : lineage.models()) {
            facts.add(new String[] {"モデル", model, ""});
        }
        facts.add(new String[] {"計算エンジン", lineage.engine(), ""});
        facts.add(new String[] {"実行ID", lineage.runId(), ""});
        facts.add(new String[] {"作成日時", lineage.generatedAtIso(), ""});
        doc.recipe().ifPresent(recipe -> facts.add(new String[] {"算出SQL", recipe.sql(), ""}));
        return facts;
    }

    /** The few cell styles a workbook shares (Excel limits how many a file may hold). */
    private static final class Styles {
        final CellStyle header;
        final CellStyle text;
        final CellStyle quotedText;
        final CellStyle wrapped;
        final CellStyle quotedWrapped;
        private final Workbook workbook;
        private final Font boldFont;
        private final Map<String, CellStyle> numbers = new HashMap<>();
        private final Map<Short, CellStyle> bolds = new HashMap<>();

        Styles(Workbook workbook) {
            this.workbook = workbook;
            Font regular = workbook.getFontAt(0);
            regular.setFontName(FONT);
            Font bold = workbook.createFont();
            bold.setFontName(FONT);
            bold.setBold(true);
            boldFont = bold;
            header = workbook.createCellStyle();
            header.setFont(bold);
            ruled(header);
            header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setQuotePrefixed(true);
            text = workbook.createCellStyle();
            text.setVerticalAlignment(VerticalAlignment.TOP);
            ruled(text);
            quotedText = workbook.createCellStyle();
            quotedText.cloneStyleFrom(text);
            quotedText.setQuotePrefixed(true);
            wrapped = workbook.createCellStyle();
            wrapped.cloneStyleFrom(text);
            wrapped.setWrapText(true);
            quotedWrapped = workbook.createCellStyle();
            quotedWrapped.cloneStyleFrom(wrapped);
            quotedWrapped.setQuotePrefixed(true);
        }

        CellStyle number(String format) {
            return numbers.computeIfAbsent(format, f -> {
                CellStyle style = workbook.createCellStyle();
                style.setDataFormat(workbook.createDataFormat().getFormat(f));
                style.setAlignment(HorizontalAlignment.RIGHT);
                style.setVerticalAlignment(VerticalAlignment.TOP);
                ruled(style);
                return style;
            });
        }

        /** The same style in bold, for 小計 and 合計 rows. */
        CellStyle bold(CellStyle style) {
            return bolds.computeIfAbsent(style.getIndex(), index -> {
                CellStyle bold = workbook.createCellStyle();
                bold.cloneStyleFrom(style);
                bold.setFont(boldFont);
                return bold;
            });
        }

        // Thin lines around every cell, so the printed table reads like the report's tables.
        private static void ruled(CellStyle style) {
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        }
    }
}
