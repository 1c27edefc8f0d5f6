package ebpm.analytics.project;

import ebpm.analytics.lake.LakeColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A small table of the project's rules that every engine loads as a view before the models run: a seed
 * ({@code seeds/tourism_sites.csv} as {@code seed_tourism_sites}) or the settings' one-row {@code project_vars}.
 * Models join it, so a changed rule reaches all history on the next run, without reading the lake again.
 *
 * @param name    the view models read, e.g. {@code seed_tourism_sites}
 * @param path    its file's path in the project, e.g. {@code seeds/tourism_sites.csv}
 * @param origin  the file it was read from, for messages
 * @param sha256  the checksum of that file, for the lineage of what is computed from it
 * @param rows    typed values (String, Long, Double, Boolean or null), one list per row, in column order
 */
public record ReferenceTable(String name, String path, String origin, String sha256, String description,
                             List<LakeColumn> columns, List<List<Object>> rows) {

    public ReferenceTable {
        columns = List.copyOf(columns);
        List<List<Object>> copied = new ArrayList<>();
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(name + ": a row of " + row.size() + " values for "
                        + columns.size() + " columns");
            }
            copied.add(java.util.Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = List.copyOf(copied);
    }

    public int indexOf(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column)) {
                return i;
            }
        }
        throw new IllegalArgumentException(name + " has no column " + column);
    }

    /** The values of one column, in row order. */
    public List<Object> column(String column) {
        int index = indexOf(column);
        return rows.stream().map(row -> row.get(index)).toList();
    }

    /** The first row whose column holds this value. */
    public Optional<List<Object>> find(String column, Object value) {
        int index = indexOf(column);
        return rows.stream().filter(row -> value.equals(row.get(index))).findFirst();
    }
}
