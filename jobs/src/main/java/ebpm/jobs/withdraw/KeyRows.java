package ebpm.jobs.withdraw;

import ebpm.analytics.engine.DuckDbSession;
import ebpm.analytics.lake.LakeColumn;
import ebpm.analytics.lake.LakeTable;
import ebpm.analytics.withdrawal.WithdrawableKeys.RowKey;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The lake's rows of one key, file by file: what a withdrawal by key takes out. */
public final class KeyRows {

    /** The rows of the key one landed file holds. */
    public record FileRows(String checksum, String fileName, long rows) {
    }

    private KeyRows() {
    }

    /** Every landed file holding rows of the key, with how many, by file name. */
    public static List<FileRows> files(DuckDbSession session, LakeTable table, RowKey key, List<Object> values)
            throws SQLException {
        String sql = "SELECT source_checksum, max(source_file), count(*) FROM " + table.sourceView() + " WHERE "
                + matching(key.columns()) + " GROUP BY source_checksum ORDER BY 2, 1";
        List<FileRows> files = new ArrayList<>();
        try (PreparedStatement query = session.connection().prepareStatement(sql)) {
            bind(query, values);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    files.add(new FileRows(rows.getString(1), rows.getString(2), rows.getLong(3)));
                }
            }
        }
        return files;
    }

    /**
     * The values the key's last column has where the others are as given (e.g. the projects landed for 141003 in
     * FY2020): what the operator may have meant when a key holds no rows.
     */
    public static List<String> alternatives(DuckDbSession session, LakeTable table, RowKey key, List<Object> values)
            throws SQLException {
        List<LakeColumn> leading = key.columns().subList(0, key.columns().size() - 1);
        String last = key.columns().get(key.columns().size() - 1).name();
        String sql = "SELECT DISTINCT CAST(" + last + " AS VARCHAR) FROM " + table.sourceView() + " WHERE "
                + matching(leading) + " ORDER BY 1";
        List<String> found = new ArrayList<>();
        try (PreparedStatement query = session.connection().prepareStatement(sql)) {
            bind(query, values.subList(0, leading.size()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
        }
        return found;
    }

    private static String matching(List<LakeColumn> columns) {
        return columns.isEmpty() ? "true"
                : String.join(" AND ", columns.stream().map(column -> column.name() + " = ?").toList());
    }

    private static void bind(PreparedStatement query, List<Object> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            query.setObject(i + 1, values.get(i));
        }
    }
}
