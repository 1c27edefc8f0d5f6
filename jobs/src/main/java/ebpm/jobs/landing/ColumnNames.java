package ebpm.jobs.landing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a header row into column names, rejecting blank or duplicate names with the likely cause: a title row above
 * the header, a tab- or semicolon-separated file. Blank cells at the end of the row (Excel leaves them after a
 * deleted column) are no columns.
 */
final class ColumnNames {

    private ColumnNames() {
    }

    static List<String> of(Path file, TabularRow headerRow) {
        refuseTitleRow(file, headerRow, headerRow.cells());
        List<String> cells = new ArrayList<>(headerRow.cells());
        while (!cells.isEmpty() && cells.get(cells.size() - 1).isBlank()) {
            cells.remove(cells.size() - 1);
        }
        refuseOtherSeparators(file, headerRow, cells);
        List<String> names = new ArrayList<>();
        Map<String, Integer> columnOfName = new HashMap<>();
        for (String cell : cells) {
            // strip(), not trim(): Japanese sheets often pad names with the full-width space U+3000.
            String name = cell.strip();
            int column = names.size() + 1;
            if (name.isEmpty()) {
                throw new LandingFileException(file, "header cell " + column + " on line " + headerRow.lineNumber()
                        + " is blank; give every column a name (a trailing comma also makes a column)",
                        headerRow.lineNumber() + " 行目の見出しの " + column + " 列目が空です。すべての列に名前を付けてください"
                                + "（行末の余分なカンマも列になります）。");
            }
            Integer earlier = columnOfName.putIfAbsent(name, column);
            if (earlier != null) {
                throw new LandingFileException(file, "header on line " + headerRow.lineNumber() + " names \"" + name
                        + "\" twice (columns " + earlier + " and " + column + "); rename one of them",
                        headerRow.lineNumber() + " 行目の見出しに「" + name + "」が2回あります（" + earlier + " 列目と "
                                + column + " 列目）。どちらかの名前を変えてください。");
            }
            names.add(name);
        }
        return List.copyOf(names);
    }

    private static void refuseOtherSeparators(Path file, TabularRow headerRow, List<String> cells) {
        if (cells.size() == 1 && (cells.get(0).contains("\t") || cells.get(0).contains(";"))) {
            throw new LandingFileException(file, "the header on line " + headerRow.lineNumber() + " is one cell holding "
                    + (cells.get(0).contains("\t") ? "tabs" : "semicolons") + " ('" + abbreviated(cells.get(0))
                    + "'): the file is not comma-separated; save it from Excel as CSV (comma-separated) or .xlsx",
                    "カンマ区切りではありません（見出しが1つのセルに"
                            + (cells.get(0).contains("\t") ? "タブ" : "セミコロン") + "区切りで入っています）。Excel で「CSV（コンマ区切り）」"
                            + "または .xlsx として保存してください。");
        }
    }

    /** One named cell and blanks after it: a title such as 令和2年度 施策別成果指標達成状況一覧 above the header. */
    private static void refuseTitleRow(Path file, TabularRow headerRow, List<String> cells) {
        long named = cells.stream().filter(cell -> !cell.isBlank()).count();
        if (cells.size() > 1 && named == 1 && !cells.get(0).isBlank()) {
            throw new LandingFileException(file, "line " + headerRow.lineNumber() + " holds one cell ('"
                    + abbreviated(cells.get(0)) + "') where the header should be: a title above the header? Delete "
                    + "the rows above the column names, so that they are the first row",
                    headerRow.lineNumber() + " 行目が1つのセルだけです（「" + abbreviated(cells.get(0)) + "」）。見出しの上に"
                            + "表題がありませんか。列名の行が1行目になるよう、その上の行を削除してください。");
        }
    }

    private static String abbreviated(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
