package ebpm.jobs.landing;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * The text of a workbook cell as the sender meant it: a number as stored, not as its display format rounds it (HbA1c
 * 7.42 shown as 7.4 with a {@code 0.0} format is 7.42; 10,000 with {@code #,##0} is 10000), a percentage with its
 * percent sign (0.698 shown as 69.8% is {@code 69.8%}), a date as {@code 2020-04-01}, text as typed. Formula cells
 * give the result Excel cached when the file was saved.
 */
final class XlsxCellText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private XlsxCellText() {
    }

    static String of(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> number(cell);
            case STRING -> cell.getRichStringCellValue().getString();
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            default -> "";
        };
    }

    private static String number(Cell cell) {
        if (DateUtil.isCellDateFormatted(cell)) {
            LocalDateTime value = cell.getLocalDateTimeCellValue();
            return value.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? value.format(DAY) : value.format(MINUTE);
        }
        double value = cell.getNumericCellValue();
        String format = cell.getCellStyle() == null ? "" : cell.getCellStyle().getDataFormatString();
        if (format != null && format.contains("%")) {
            return plain(BigDecimal.valueOf(value).movePointRight(2)) + "%";
        }
        return plain(BigDecimal.valueOf(value));
    }

    /** The shortest decimal that is the stored double (Double.toString's digits), without exponent or trailing zeros. */
    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
