package ebpm.jobs.landing;

import java.util.List;

/**
 * One row of a landing file.
 *
 * @param lineNumber 1-based line in the file where the row starts (Excel row number for .xlsx),
 *                   so a user can open the file at that line
 * @param cells      cell texts as published; a short row simply has fewer cells
 */
public record TabularRow(long lineNumber, List<String> cells) {

    public TabularRow {
        cells = List.copyOf(cells);
    }

    /** The cell at {@code index}, or "" when the row ends before it (trailing cells are often omitted). */
    public String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }

    /** True when no cell holds anything but whitespace; such rows carry no data. */
    public boolean isBlank() {
        for (String cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
