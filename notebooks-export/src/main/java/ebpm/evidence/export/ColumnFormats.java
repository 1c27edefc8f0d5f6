package ebpm.evidence.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tech.tablesaw.api.NumberColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The column declarations of one evidence table applied to its rows: the declared types, and for a column whose
 * decimals vary by row ({@code decimals_from:}), each row's decimals read from the named column. {@link
 * CellFormatter} decides from these, the declared {@code decimals} and the column itself how a cell reads.
 *
 * @param types        declared types by column name; columns not listed are inferred
 * @param rowDecimals  per column name, each row's decimals (null: the value's shortest form)
 * @param decimalsFrom per column name, the helper column its decimals are read from (for a notebook, which re-runs
 *                     the query and reads them itself)
 */
public record ColumnFormats(Map<String, ColumnType> types, Map<String, List<Integer>> rowDecimals,
                            Map<String, String> decimalsFrom) {

    /** Nothing declared: every column's type inferred, decimals as the document declares them. */
    public static final ColumnFormats INFERRED = new ColumnFormats(Map.of(), Map.of());

    public ColumnFormats {
        types = Map.copyOf(types);
        rowDecimals = Map.copyOf(rowDecimals);
        decimalsFrom = Map.copyOf(decimalsFrom);
    }

    public ColumnFormats(Map<String, ColumnType> types, Map<String, List<Integer>> rowDecimals) {
        this(types, rowDecimals, Map.of());
    }

    /**
     * Applies the declarations to a query's table.
     *
     * @throws IllegalArgumentException naming the column when a declaration names a column the table lacks, or
     *                                  {@code decimals_from} names one that holds no whole numbers
     */
    public static ColumnFormats declared(String name, Table table, Map<String, ColumnDeclaration> declarations) {
        Map<String, ColumnType> types = new LinkedHashMap<>();
        Map<String, List<Integer>> rowDecimals = new LinkedHashMap<>();
        Map<String, String> decimalsFrom = new LinkedHashMap<>();
        declarations.forEach((column, declaration) -> {
            requireColumn(name, table, column, "columns");
            declaration.type().ifPresent(type -> types.put(column, type));
            declaration.decimalsFrom().ifPresent(source -> {
                requireColumn(name, table, source, "decimals_from of " + column);
                rowDecimals.put(column, decimalsOf(name, table.column(source)));
                decimalsFrom.put(column, source);
            });
        });
        return new ColumnFormats(types, rowDecimals, decimalsFrom);
    }

    /** The columns that only give other columns their decimals: not shown in any format. */
    public static Set<String> helperColumns(Map<String, ColumnDeclaration> declarations) {
        Set<String> helpers = new LinkedHashSet<>();
        declarations.values().forEach(declaration -> declaration.decimalsFrom().ifPresent(helpers::add));
        return helpers;
    }

    /** {@code table} without the helper columns, as planners receive it. */
    public static Table shown(Table table, Map<String, ColumnDeclaration> declarations) {
        Set<String> helpers = helperColumns(declarations);
        return helpers.isEmpty() ? table : table.rejectColumns(helpers.toArray(String[]::new));
    }

    private static List<Integer> decimalsOf(String name, Column<?> source) {
        if (!(source instanceof NumberColumn<?, ?>)) {
            throw new IllegalArgumentException("decimals_from of " + name + " names " + source.name()
                    + ", which holds no numbers");
        }
        List<Integer> places = new ArrayList<>();
        for (int row = 0; row < source.size(); row++) {
            places.add(source.isMissing(row) ? null : Math.max(0, Math.min(10,
                    ((Number) source.get(row)).intValue())));
        }
        return places;
    }

    private static void requireColumn(String name, Table table, String column, String what) {
        if (!table.columnNames().contains(column)) {
            throw new IllegalArgumentException(what + " of " + name + " names a column the table does not have: "
                    + column + " (columns: " + table.columnNames() + ")");
        }
    }
}
