package ebpm.jobs.landing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The first sheet of an .xlsx landing file, each cell read as the sender meant it ({@link XlsxCellText}: numbers as
 * stored, not as a display format rounds them). The whole workbook is loaded; landing workbooks are small.
 */
final class XlsxTabularFile implements TabularFile {

    private final XSSFWorkbook workbook;
    private final Iterator<Row> sheetRows;
    private final List<String> header;

    private XlsxTabularFile(Path file, XSSFWorkbook workbook) {
        this.workbook = workbook;
        this.sheetRows = workbook.getSheetAt(0).rowIterator();
        TabularRow headerRow = next();
        if (headerRow == null) {
            throw new LandingFileException(file, "has no header row (the first sheet is empty); "
                    + "put the column names in the first row of the first sheet",
                    "見出し行がありません（最初のシートが空です）。最初のシートの1行目に列名を書いてください。");
        }
        this.header = ColumnNames.of(file, headerRow);
    }

    static XlsxTabularFile open(Path file) throws IOException {
        XSSFWorkbook workbook = openWorkbook(file);
        try {
            if (workbook.getNumberOfSheets() == 0) {
                throw new LandingFileException(file, "has no sheets; put the table on the first sheet",
                        "シートがありません。最初のシートに表を置いてください。");
            }
            return new XlsxTabularFile(file, workbook);
        } catch (RuntimeException e) {
            workbook.close();
            throw e;
        }
    }

    private static XSSFWorkbook openWorkbook(Path file) throws IOException {
        OPCPackage pkg;
        try {
            // READ access: closing must never write back to a landing file.
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | NotOfficeXmlFileException e) {
            throw new LandingFileException(file, "is not an .xlsx workbook (" + e.getMessage()
                    + "); save it in Excel as \"Excel Workbook (*.xlsx)\"",
                    "Excel ブック（.xlsx）として読めません。Excel で「Excel ブック (*.xlsx)」として保存し直してください。", e);
        }
        try {
            return new XSSFWorkbook(pkg);
        } catch (IOException | RuntimeException e) {
            pkg.revert();
            throw e;
        }
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public String encoding() {
        return "xlsx";
    }

    @Override
    public TabularRow next() {
        while (sheetRows.hasNext()) {
            TabularRow row = toTabularRow(sheetRows.next());
            if (!row.isBlank()) {
                return row;
            }
        }
        return null;
    }

    private TabularRow toTabularRow(Row row) {
        List<String> cells = new ArrayList<>();
        for (int column = 0; column < row.getLastCellNum(); column++) {
            Cell cell = row.getCell(column);
            cells.add(XlsxCellText.of(cell));
        }
        // Formatted but empty cells are invisible in Excel, so they must not become (blank) columns.
        while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
            cells.remove(cells.size() - 1);
        }
        return new TabularRow(row.getRowNum() + 1L, cells);
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
