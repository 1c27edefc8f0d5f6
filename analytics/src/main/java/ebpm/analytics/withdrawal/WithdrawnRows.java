package ebpm.analytics.withdrawal;

import ebpm.analytics.checksum.Sha256;
import ebpm.analytics.lake.ColumnType;
import ebpm.analytics.lake.LakeColumn;
import ebpm.analytics.lake.LakeTable;
import ebpm.analytics.lake.LakeTables;
import ebpm.analytics.project.ReferenceTable;
import java.util.ArrayList;
import java.util.List;

/**
 * The withdrawals in force as views every engine loads beside the seeds: per lake table {@code withdrawn_<table>}
 * (e.g. {@code withdrawn_health_evaluations}) with the checksum of each withdrawn file, and for a table withdrawable
 * by key ({@link WithdrawableKeys}) the key's columns, NULL where the whole file is withdrawn. A staging model
 * leaves out its lake rows that match, before it picks the newest row of a key, so an earlier file's row counts
 * again where the withdrawn one had replaced it. One view per table keeps a withdrawal of page views from changing
 * what the models of other tables depend on (their cached rows stay valid).
 */
public final class WithdrawnRows {

    public static final String VIEW_PREFIX = "withdrawn_";
    private static final String ORIGIN = "the indicator database's table withdrawal (ebpm withdraw)";

    private WithdrawnRows() {
    }

    /** The views of these withdrawals (those not in force are left out), one per lake table, empty where none. */
    public static List<ReferenceTable> views(List<Withdrawal> withdrawals) {
        List<ReferenceTable> views = new ArrayList<>();
        for (LakeTable table : LakeTables.ALL) {
            views.add(view(table, withdrawals.stream()
                    .filter(Withdrawal::inForce)
                    .filter(withdrawal -> withdrawal.lakeTable().equals(table.name()))
                    .toList()));
        }
        return views;
    }

    public static String viewName(LakeTable table) {
        return VIEW_PREFIX + table.name();
    }

    private static ReferenceTable view(LakeTable table, List<Withdrawal> withdrawals) {
        List<LakeColumn> keyColumns = WithdrawableKeys.columns(table).orElse(List.of());
        List<LakeColumn> columns = new ArrayList<>();
        columns.add(LakeColumn.required("source_checksum", ColumnType.STRING));
        columns.addAll(keyColumns.stream().map(column -> LakeColumn.optional(column.name(), column.type())).toList());
        List<List<Object>> rows = new ArrayList<>();
        for (Withdrawal withdrawal : withdrawals) {
            for (String checksum : withdrawal.checksums()) {
                List<Object> row = new ArrayList<>();
                row.add(checksum);
                for (int i = 0; i < keyColumns.size(); i++) {
                    row.add(withdrawal.wholeFile() ? null : typed(keyColumns.get(i), withdrawal.key().get(i)));
                }
                rows.add(row);
            }
        }
        String name = viewName(table);
        return new ReferenceTable(name, name, ORIGIN, Sha256.hex(rows.toString()),
                "the rows of lake table " + table.name() + " withdrawn by ebpm withdraw: whole files by checksum"
                        + (keyColumns.isEmpty() ? "" : ", or one key of a file (" + String.join(", ",
                        keyColumns.stream().map(LakeColumn::name).toList()) + ")"),
                columns, rows);
    }

    /** The key's text as its lake column's type, so that the staging model compares like with like. */
    private static Object typed(LakeColumn column, String value) {
        return switch (column.type()) {
            case INT -> Integer.valueOf(value);
            case LONG -> Long.valueOf(value);
            case STRING -> value;
            default -> throw new IllegalStateException("a key column of type " + column.type() + " is not supported: "
                    + column.name());
        };
    }

}
