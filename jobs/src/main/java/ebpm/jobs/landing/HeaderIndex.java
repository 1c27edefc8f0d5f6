package ebpm.jobs.landing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Finds a source's columns in a file's header by name, so that column order in the file does not matter. */
public final class HeaderIndex {

    private static final Pattern UNIT = Pattern.compile("\\s*[（(][^（()）]*[)）]$");

    private final Map<String, Integer> positions = new HashMap<>();

    private HeaderIndex(List<String> header) {
        for (int i = 0; i < header.size(); i++) {
            positions.putIfAbsent(header.get(i).strip(), i);
        }
        // A unit in the header (対象者数（人）, 事業前値(%)) names the same column: matched after the exact names.
        for (int i = 0; i < header.size(); i++) {
            positions.putIfAbsent(UNIT.matcher(header.get(i).strip()).replaceFirst(""), i);
        }
    }

    /** @throws LandingFileException listing every required column the header lacks */
    public static HeaderIndex of(Path file, List<String> header, List<String> required) {
        HeaderIndex index = new HeaderIndex(header);
        List<String> missing = new ArrayList<>();
        for (String column : required) {
            if (!index.positions.containsKey(column)) {
                missing.add(column);
            }
        }
        if (!missing.isEmpty()) {
            throw new LandingFileException(file, "missing column(s) " + String.join(", ", missing)
                    + "; the header must name " + String.join(",", required) + "; found: " + String.join(",", header)
                    + (missing.size() == required.size() ? " (none of the expected columns: is the header the first "
                    + "row, with no title above it, and is the file in the right landing folder?)" : ""),
                    "列 " + String.join("、", missing) + " がありません。見出しには " + String.join("、", required)
                            + " が必要です（このファイルの見出し: " + String.join("、", header) + "）。"
                            + (missing.size() == required.size() ? "見出しが1行目にあるか、様式が正しいかを確かめてください。" : ""));
        }
        return index;
    }

    /** Whether the header names this column. */
    public boolean has(String column) {
        return positions.containsKey(column);
    }

    /** The cell under a column, which must not be empty. */
    public String required(TabularRow row, String column) {
        String value = cell(row, column);
        if (value.isEmpty()) {
            throw new RejectedRowException(column + ": is empty", column + " が空です");
        }
        return value;
    }

    /** The cell under a column, or null when it is empty. */
    public String optional(TabularRow row, String column) {
        String value = cell(row, column);
        return value.isEmpty() ? null : value;
    }

    /** The cell under a column, stripped; "" when the column is absent or the row is short. */
    public String cell(TabularRow row, String column) {
        Integer position = positions.get(column);
        return position == null ? "" : row.cell(position).strip();
    }
}
