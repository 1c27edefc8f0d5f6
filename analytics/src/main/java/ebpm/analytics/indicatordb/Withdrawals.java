package ebpm.analytics.indicatordb;

import ebpm.analytics.withdrawal.Withdrawal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.Yaml;

/**
 * The table {@code withdrawal}: every withdrawal ever made, kept when undone (the undo is recorded beside it), so the
 * audit trail says who took what out of the figures, why, and when, and who put it back.
 */
public final class Withdrawals {

    /** File names and checksums of one withdrawal, in one column each, as {@code ingest_manifest.lake_file}. */
    private static final String LIST_SEPARATOR = ";";
    private static final String SELECT = """
            SELECT id, source, lake_table, file_name, checksum, row_key, rows_withdrawn, reason, withdrawn_by,
                   withdrawn_at, undone_by, undone_at, undo_reason
            FROM withdrawal""";

    private final Connection connection;

    Withdrawals(Connection connection) {
        this.connection = connection;
    }

    /** Every withdrawal, in force or undone, by number. */
    public List<Withdrawal> all() throws SQLException {
        return query(SELECT + " ORDER BY id");
    }

    /** The withdrawals a night applies. */
    public List<Withdrawal> inForce() throws SQLException {
        return query(SELECT + " WHERE undone_at IS NULL ORDER BY id");
    }

    public Optional<Withdrawal> find(long id) throws SQLException {
        return all().stream().filter(withdrawal -> withdrawal.id() == id).findFirst();
    }

    /**
     * Records a new withdrawal under the next number. Callers hold the work folder's run lock, so no other
     * withdrawal is numbered meanwhile.
     *
     * @return the withdrawal with its number
     */
    public Withdrawal record(Withdrawal withdrawal) throws SQLException {
        long id;
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COALESCE(max(id), 0) + 1 FROM withdrawal")) {
            rows.next();
            id = rows.getLong(1);
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO withdrawal (id, source, lake_table, file_name, checksum, row_key, rows_withdrawn, reason,
                  withdrawn_by, withdrawn_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setLong(1, id);
            insert.setString(2, withdrawal.source());
            insert.setString(3, withdrawal.lakeTable());
            insert.setString(4, String.join(LIST_SEPARATOR, withdrawal.fileNames()));
            insert.setString(5, String.join(LIST_SEPARATOR, withdrawal.checksums()));
            insert.setString(6, withdrawal.wholeFile() ? null : jsonArray(withdrawal.key()));
            insert.setLong(7, withdrawal.rows());
            insert.setString(8, withdrawal.reason());
            insert.setString(9, withdrawal.withdrawnBy());
            insert.setObject(10, at(withdrawal.withdrawnAt()));
            insert.executeUpdate();
        }
        return find(id).orElseThrow();
    }

    /** Puts the rows of a withdrawal in force back into the figures from the next night on; the record stays. */
    public void undo(long id, String undoneBy, Instant undoneAt, String reason) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE withdrawal SET undone_by = ?, undone_at = ?, undo_reason = ?
                WHERE id = ? AND undone_at IS NULL""")) {
            update.setString(1, undoneBy);
            update.setObject(2, at(undoneAt));
            update.setString(3, reason);
            update.setLong(4, id);
            update.executeUpdate();
        }
    }

    private List<Withdrawal> query(String sql) throws SQLException {
        List<Withdrawal> withdrawals = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                String rowKey = rows.getString(6);
                OffsetDateTime undoneAt = rows.getObject(12, OffsetDateTime.class);
                withdrawals.add(new Withdrawal(rows.getLong(1), rows.getString(2), rows.getString(3),
                        split(rows.getString(4)), split(rows.getString(5)),
                        rowKey == null ? List.of() : keyValues(rowKey), rows.getLong(7), rows.getString(8),
                        rows.getString(9), rows.getObject(10, OffsetDateTime.class).toInstant(), rows.getString(11),
                        undoneAt == null ? null : undoneAt.toInstant(), rows.getString(13)));
            }
        }
        return withdrawals;
    }

    /** Microseconds, as both databases keep them: what is read back equals what was written. */
    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    private static List<String> split(String list) {
        return Arrays.asList(list.split(LIST_SEPARATOR, -1));
    }

    /**
     * The key as a JSON array of strings, e.g. {@code ["2020","141003","特定保健指導"]}: readable in any SQL client,
     * and unambiguous whatever a project name holds.
     */
    static String jsonArray(List<String> values) {
        StringBuilder json = new StringBuilder("[");
        for (String value : values) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('"');
            for (char c : value.toCharArray()) {
                switch (c) {
                    case '"' -> json.append("\\\"");
                    case '\\' -> json.append("\\\\");
                    default -> json.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
                }
            }
            json.append('"');
        }
        return json.append(']').toString();
    }

    /** JSON is YAML: the array written by {@link #jsonArray} reads back with the YAML parser ebpm already has. */
    static List<String> keyValues(String json) {
        Object parsed = new Yaml().load(json);
        if (!(parsed instanceof List<?> list)) {
            throw new IllegalStateException("withdrawal.row_key is not a JSON array: " + json);
        }
        return list.stream().map(String::valueOf).toList();
    }
}
