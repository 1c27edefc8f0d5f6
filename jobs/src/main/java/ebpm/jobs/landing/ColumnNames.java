package ebpm.jobs.landing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns a header row into column names, rejecting blank or duplicate names. */
final class ColumnNames {

    private ColumnNames() {
    }

    static List<String> of(Path file, TabularRow headerRow) {
        List<String> names = new ArrayList<>();
        Map<String, Integer> columnOfName = new HashMap<>();
        for (String cell : headerRow.cells()) {
            // strip(), not trim(): Japanese sheets often pad names with the full-width space U+3000.
            String name = cell.strip();
            int column = names.size() + 1;
            if (name.isEmpty()) {
                throw new LandingFileException(file, "header cell " + column + " on line " + headerRow.lineNumber()
                        + " is blank; give every column a name (a trailing comma also makes a column)");
            }
            Integer earlier = columnOfName.putIfAbsent(name, column);
            if (earlier != null) {
                throw new LandingFileException(file, "header on line " + headerRow.lineNumber() + " names \"" + name
                        + "\" twice (columns " + earlier + " and " + column + "); rename one of them");
            }
            names.add(name);
        }
        return List.copyOf(names);
    }
}
