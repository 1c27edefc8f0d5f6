package ebpm.evidence.export;

import java.util.Set;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Which rows of an evidence table are totals: those with a text cell that says 小計 or 合計 (the SQL labels its
 * subtotal and total rows so, e.g. 中柱 = 小計, 柱 = 合計, セクション = 合計). Printed tables set them in bold.
 */
final class TotalRows {

    static final Set<String> LABELS = Set.of("小計", "合計");

    private TotalRows() {
    }

    static boolean isTotal(Table table, int row) {
        for (Column<?> column : table.columns()) {
            if (!CellFormatter.isNumeric(column) && !column.isMissing(row)
                    && LABELS.contains(column.getString(row).strip())) {
                return true;
            }
        }
        return false;
    }
}
