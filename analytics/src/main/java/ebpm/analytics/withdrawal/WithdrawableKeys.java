package ebpm.analytics.withdrawal;

import ebpm.analytics.lake.LakeColumn;
import ebpm.analytics.lake.LakeTable;
import ebpm.analytics.lake.LakeTables;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The lake tables whose rows can be withdrawn one key at a time, and the columns of that key: the key a row of the
 * table replaces in its staging model. Other tables are withdrawn by whole file only.
 */
public final class WithdrawableKeys {

    /**
     * @param columns the key's lake columns, in key order
     * @param labels  the same as the landing file's headers name them, for operators
     * @param example a key as {@code ebpm withdraw --key} takes it
     */
    public record RowKey(List<LakeColumn> columns, List<String> labels, String example) {
    }

    private static final Map<LakeTable, RowKey> KEYS = Map.of(
            LakeTables.HEALTH_EVALUATIONS, key(LakeTables.HEALTH_EVALUATIONS,
                    List.of("fiscal_year", "municipality_code", "project_name"), List.of("年度", "市町村コード", "事業名"),
                    "2020,141003,特定保健指導"));

    private WithdrawableKeys() {
    }

    /** The table's key, if its rows can be withdrawn by key. */
    public static Optional<RowKey> of(LakeTable table) {
        return Optional.ofNullable(KEYS.get(table));
    }

    /** The key's columns with their lake types, in key order; empty where the table is withdrawn by file only. */
    public static Optional<List<LakeColumn>> columns(LakeTable table) {
        return of(table).map(RowKey::columns);
    }

    /** The tables withdrawable by key, by name. */
    public static List<String> tableNames() {
        return KEYS.keySet().stream().map(LakeTable::name).sorted().toList();
    }

    private static RowKey key(LakeTable table, List<String> names, List<String> labels, String example) {
        return new RowKey(names.stream().map(name -> column(table, name)).toList(), labels, example);
    }

    private static LakeColumn column(LakeTable table, String name) {
        return table.partition().filter(partition -> partition.name().equals(name))
                .or(() -> table.columns().stream().filter(column -> column.name().equals(name)).findFirst())
                .orElseThrow(() -> new IllegalStateException(table.name() + " has no column " + name));
    }
}
