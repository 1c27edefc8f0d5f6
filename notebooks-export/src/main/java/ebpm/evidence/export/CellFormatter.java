package ebpm.evidence.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.api.NumberColumn;
import tech.tablesaw.columns.Column;

/**
 * Decides how one cell of an evidence table reads, so that every format shows the same digits: the HTML page, the
 * notebook, the CSV and (through {@link #excelFormat}) the Excel cell formats ask this class.
 *
 * <p>What a column holds ({@link #type}) is declared in the evidence YAML or inferred: a whole-number column named
 * like a year (年度, 暦年, 開始年) is a year and prints {@code 2020}, never {@code 2,020}; other whole numbers are
 * counts; floating-point numbers print with the declared decimals (per column, or per row with
 * {@code decimals_from}) or else their shortest plain form (never {@code 8.41586E5}); missing values as nothing.
 * The {@linkplain #grouped grouped} variant adds thousands separators to counts and decimals for reading on
 * screen; the {@linkplain #plain plain} one leaves numbers as spreadsheets parse them.
 */
final class CellFormatter {

    // 年度, 暦年, 前年度, 開始年, 終了年: a whole number in such a column is a year. 年月 (2020-04) is text anyway.
    private static final Pattern YEAR_NAME = Pattern.compile(".*(年度|年)(\\(.*\\))?");

    private final Map<String, Integer> decimals;
    private final ColumnFormats formats;
    private final boolean groupThousands;

    private CellFormatter(Map<String, Integer> decimals, ColumnFormats formats, boolean groupThousands) {
        this.decimals = Map.copyOf(decimals);
        this.formats = formats;
        this.groupThousands = groupThousands;
    }

    /** Numbers as a spreadsheet should parse them: {@code 841586}, {@code -11.8}. */
    static CellFormatter plain(EvidenceDocument doc) {
        return new CellFormatter(doc.decimals(), doc.formats(), false);
    }

    /** Numbers as a person reads them: {@code 841,586}, {@code -11.8}, years {@code 2020}. */
    static CellFormatter grouped(EvidenceDocument doc) {
        return new CellFormatter(doc.decimals(), doc.formats(), true);
    }

    /** As {@link #plain(EvidenceDocument)}, for a table with declared decimals and inferred types only. */
    static CellFormatter plain(Map<String, Integer> decimals) {
        return new CellFormatter(decimals, ColumnFormats.INFERRED, false);
    }

    /** As {@link #grouped(EvidenceDocument)}, for a table with declared decimals and inferred types only. */
    static CellFormatter grouped(Map<String, Integer> decimals) {
        return new CellFormatter(decimals, ColumnFormats.INFERRED, true);
    }

    static boolean isNumeric(Column<?> column) {
        return column instanceof NumberColumn;
    }

    /** What the column holds: as declared, else a year by its name, a count, a decimal or text by its type. */
    ColumnType type(Column<?> column) {
        ColumnType declared = formats.types().get(column.name());
        if (declared != null) {
            return declared;
        }
        if (!isNumeric(column)) {
            return ColumnType.TEXT;
        }
        if (YEAR_NAME.matcher(column.name()).matches()) {
            return ColumnType.YEAR;
        }
        return isFloatingPoint(column) ? ColumnType.DECIMAL : ColumnType.COUNT;
    }

    String format(Column<?> column, int row) {
        if (column.isMissing(row)) {
            return "";
        }
        if (!isNumeric(column)) {
            return column.getString(row);
        }
        String digits = plainNumber(column, (Number) column.get(row), row);
        return groupThousands && !type(column).ungrouped() ? withThousandsSeparators(digits) : digits;
    }

    /**
     * The Excel number format of a numeric cell, the same digits {@link #grouped} prints: years and codes {@code 0},
     * counts {@code #,##0}, decimals {@code #,##0.0…} by their declared places, else {@code General}.
     */
    String excelFormat(Column<?> column, int row) {
        if (type(column).ungrouped()) {
            return "0";
        }
        if (!isFloatingPoint(column)) {
            return "#,##0";
        }
        Integer places = decimals(column, row);
        if (places == null) {
            return "General";
        }
        return places == 0 ? "#,##0" : "#,##0." + "0".repeat(places);
    }

    private Integer decimals(Column<?> column, int row) {
        List<Integer> perRow = formats.rowDecimals().get(column.name());
        if (perRow != null && row < perRow.size() && perRow.get(row) != null) {
            return perRow.get(row);
        }
        return decimals.get(column.name());
    }

    private String plainNumber(Column<?> column, Number value, int row) {
        if (!isFloatingPoint(column)) {
            return Long.toString(value.longValue());
        }
        // An infinite rate is a division by zero upstream; a blank reads better than "Infinity".
        if (!Double.isFinite(value.doubleValue())) {
            return "";
        }
        // toString of Float/Double is the shortest text that round-trips, so 0.1f stays 0.1.
        BigDecimal exact = new BigDecimal(value.toString());
        Integer places = decimals(column, row);
        if (places == null) {
            return stripZeros(exact).toPlainString();
        }
        // Half-up on the decimal text, as planners round by hand: 2.675 → 2.68, not 2.67.
        return exact.setScale(places, RoundingMode.HALF_UP).toPlainString();
    }

    static boolean isFloatingPoint(Column<?> column) {
        return column instanceof DoubleColumn || column instanceof FloatColumn;
    }

    private static BigDecimal stripZeros(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        // stripTrailingZeros turns 841586.0 into 8.41586E+5; a non-negative scale keeps it plain.
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static String withThousandsSeparators(String digits) {
        int start = digits.startsWith("-") ? 1 : 0;
        int point = digits.indexOf('.');
        int end = point < 0 ? digits.length() : point;
        StringBuilder grouped = new StringBuilder(digits.substring(0, start));
        for (int i = start; i < end; i++) {
            if (i > start && (end - i) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(digits.charAt(i));
        }
        return grouped.append(digits.substring(end)).toString();
    }
}
