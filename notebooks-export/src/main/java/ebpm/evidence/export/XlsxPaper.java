package ebpm.evidence.export;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How a workbook's sheets print: A4 landscape (A3 for a table too wide to read on A4), one page wide (as many pages down as the rows need, the header row
 * repeated on each), the title and sheet in the page header, the source line and "page of pages" in the footer.
 * A planner who presses Print gets pages that can go into a report as they are.
 */
final class XlsxPaper {

    // Header and footer codes: &A the sheet's name, &P the page, &N the pages.
    static final String PAGE_OF_PAGES = "&P / &N";
    static final String SHEET_NAME = "&A";
    /** About the characters (of Excel's width unit) an A4 landscape page holds across at full size. */
    static final int A4_WIDTH = 150;
    // Wider than this, a table shrunk onto A4 would print below about 3/4 size: it goes on A3, common in offices.
    static final int A3_FROM_WIDTH = 200;
    private static final double SIDE_MARGIN_INCHES = 0.5;
    private static final double TOP_MARGIN_INCHES = 0.75;
    private static final double HEADER_MARGIN_INCHES = 0.3;

    private XlsxPaper() {
    }

    /**
     * A table: one page wide, its first {@code headerRows} rows printed again at the top of every page.
     *
     * @param width      the table's width in characters, which chooses the paper
     * @param footerText the line printed at the foot of every page; the report's source line
     *                   (出典 … ／ 作成 …) once the exporters have one, until then the document's title
     */
    static void table(Sheet sheet, String title, String footerText, int headerRows, int width) {
        common(sheet, title, footerText);
        if (width > A3_FROM_WIDTH) {
            sheet.getPrintSetup().setPaperSize(PrintSetup.A3_PAPERSIZE);
        }
        sheet.getPrintSetup().setFitWidth((short) 1);
        // 0: as many pages down as the rows need; only the width is fitted, so the text keeps a readable size.
        sheet.getPrintSetup().setFitHeight((short) 0);
        if (headerRows > 0) {
            sheet.setRepeatingRows(new CellRangeAddress(0, headerRows - 1, -1, -1));
        }
    }

    /**
     * A chart sheet: the rows and columns the chart covers, shrunk onto one page so the chart is never cut.
     *
     * @param lastRow    the last row (0-based) the chart covers; rows below (the chart's data) do not print
     * @param lastColumn the last column (0-based) it covers
     */
    static void chart(Sheet sheet, String title, String footerText, int lastRow, int lastColumn) {
        common(sheet, title, footerText);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 1);
        sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), 0, lastColumn, 0, lastRow);
    }

    private static void common(Sheet sheet, String title, String footerText) {
        PrintSetup setup = sheet.getPrintSetup();
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        setup.setLandscape(true);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(Sheet.LeftMargin, SIDE_MARGIN_INCHES);
        sheet.setMargin(Sheet.RightMargin, SIDE_MARGIN_INCHES);
        sheet.setMargin(Sheet.TopMargin, TOP_MARGIN_INCHES);
        sheet.setMargin(Sheet.BottomMargin, TOP_MARGIN_INCHES);
        sheet.setMargin(Sheet.HeaderMargin, HEADER_MARGIN_INCHES);
        sheet.setMargin(Sheet.FooterMargin, HEADER_MARGIN_INCHES);
        sheet.getHeader().setCenter(literal(title));
        sheet.getHeader().setRight(SHEET_NAME);
        sheet.getFooter().setLeft(literal(footerText));
        sheet.getFooter().setRight(PAGE_OF_PAGES);
    }

    /** Text as the header prints it: a single & would start a code (&P, &D), so it is doubled. */
    static String literal(String text) {
        return text.replace("&", "&&");
    }
}
