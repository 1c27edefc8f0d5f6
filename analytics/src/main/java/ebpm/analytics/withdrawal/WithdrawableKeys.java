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

    private static final Map<LakeTable, List<String>> KEYS = Map.of(
            LakeTables.HEALTH_EVALUATIONS, List.of("fiscal_year", "municipality_code", "project_name"));

    private WithdrawableKeys() {
    }

    /** The key's columns with their lake types, in key order; empty where the table is withdrawn by file only. */
    public static Optional<List<LakeColumn>> columns(LakeTable table) {
        return Optional.ofNullable(KEYS.get(table)).map(names -> names.stream().map(name -> column(table, name)).toList());
    }

    private static LakeColumn column(LakeTable table, String name) {
        return table.partition().filter(partition -> partition.name().equals(name))
                .or(() -> table.columns().stream().filter(column -> column.name().equals(name)).findFirst())
                .orElseThrow(() -> new IllegalStateException(table.name() + " has no column " + name));
    }
}
