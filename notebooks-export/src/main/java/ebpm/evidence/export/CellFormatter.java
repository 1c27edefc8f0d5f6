package ebpm.evidence.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.api.NumberColumn;
import tech.tablesaw.columns.Column;

/**
 * Decides how one cell of an evidence table reads, so that every format shows the same digits.
 *
 * <p>Integers print as digits, floating-point numbers with the document's declared decimals or
 * else their shortest plain form (never {@code 8.41586E5}), and missing values as nothing.
 * The {@linkplain #grouped grouped} variant adds thousands separators for reading on screen;
 * the {@linkplain #plain plain} one leaves numbers as spreadsheets parse them.
 */
final class CellFormatter {

    private final Map<String, Integer> decimals;
    private final boolean groupThousands;

    private CellFormatter(Map<String, Integer> decimals, boolean groupThousands) {
        this.decimals = Map.copyOf(decimals);
        this.groupThousands = groupThousands;
    }

    /** Numbers as a spreadsheet should parse them: {@code 841586}, {@code -11.8}. */
    static CellFormatter plain(Map<String, Integer> decimals) {
        return new CellFormatter(decimals, false);
    }

    /** Numbers as a person reads them: {@code 841,586}, {@code -11.8}. */
    static CellFormatter grouped(Map<String, Integer> decimals) {
        return new CellFormatter(decimals, true);
    }

    static boolean isNumeric(Column<?> column) {
        return column instanceof NumberColumn;
    }

    String format(Column<?> column, int row) {
        if (column.isMissing(row)) {
            return "";
        }
        if (!isNumeric(column)) {
            return column.getString(row);
        }
        String digits = plainNumber(column, (Number) column.get(row));
        return groupThousands ? withThousandsSeparators(digits) : digits;
    }

    private String plainNumber(Column<?> column, Number value) {
        if (!isFloatingPoint(column)) {
            return Long.toString(value.longValue());
        }
        // An infinite rate is a division by zero upstream; a blank reads better than "Infinity".
        if (!Double.isFinite(value.doubleValue())) {
            return "";
        }
        // toString of Float/Double is the shortest text that round-trips, so 0.1f stays 0.1.
        BigDecimal exact = new BigDecimal(value.toString());
        Integer places = decimals.get(column.name());
        if (places == null) {
            return stripZeros(exact).toPlainString();
        }
        // Half-up on the decimal text, as planners round by hand: 2.675 → 2.68, not 2.67.
        return exact.setScale(places, RoundingMode.HALF_UP).toPlainString();
    }

    private static boolean isFloatingPoint(Column<?> column) {
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
