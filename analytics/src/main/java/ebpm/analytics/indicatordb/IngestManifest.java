package ebpm.analytics.indicatordb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The record of every landing file taken in, keyed by source and content checksum, so that a file seen before
 * (under any name) is not ingested twice, and so that a file read again knows what its earlier read wrote.
 *
 * <p>A night asks for each landing file's entry three times; the entries are read once per manifest and kept, and
 * an entry recorded since is read again. Nothing else writes the manifest meanwhile: the night, {@code reprocess}
 * and {@code withdraw} each hold the work folder's run lock.
 */
public final class IngestManifest implements AutoCloseable {

    private static final String SELECT_ENTRIES = """
            SELECT source, file_name, checksum, status, rows_read, rows_written, rows_rejected, message,
                   lake_file, rejects_file, run_id, ingested_at, landing_path, rules_fingerprint,
                   COALESCE(first_seen_at, ingested_at)
            FROM ingest_manifest""";
    private static final String INSERT = """
            INSERT INTO ingest_manifest (source, file_name, checksum, status, rows_read, rows_written,
              rows_rejected, message, lake_file, rejects_file, run_id, ingested_at, landing_path,
              rules_fingerprint, first_seen_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String UPSERT = INSERT + """

            ON CONFLICT (source, checksum) DO UPDATE SET file_name = excluded.file_name,
              status = excluded.status, rows_read = excluded.rows_read, rows_written = excluded.rows_written,
              rows_rejected = excluded.rows_rejected, message = excluded.message,
              lake_file = excluded.lake_file, rejects_file = excluded.rejects_file, run_id = excluded.run_id,
              ingested_at = excluded.ingested_at, landing_path = excluded.landing_path,
              rules_fingerprint = excluded.rules_fingerprint,
              first_seen_at = COALESCE(ingest_manifest.first_seen_at, ingest_manifest.ingested_at)""";

    private final Connection connection;
    // Prepared once per manifest: preparing costs DuckDB more than running, and a night asks once per landing file.
    private PreparedStatement findStatement;
    private PreparedStatement recordStatement;
    private PreparedStatement insertStatement;
    /** Every entry by source and checksum, as read at the first question; null until then. */
    private Map<List<String>, ManifestEntry> known;
    /** The keys recorded since {@link #known} was read: asked of the database again. */
    private final Set<List<String>> recordedSince = new HashSet<>();

    public IngestManifest(Connection connection) {
        this.connection = connection;
    }

    /** Releases the statements kept prepared; the connection stays open. */
    @Override
    public void close() throws SQLException {
        for (PreparedStatement statement : new PreparedStatement[] {findStatement, recordStatement,
                insertStatement}) {
            if (statement != null) {
                statement.close();
            }
        }
        findStatement = null;
        recordStatement = null;
        insertStatement = null;
    }

    public boolean contains(String source, String checksum) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT count(*) FROM ingest_manifest WHERE source = ? AND checksum = ?")) {
            query.setString(1, source);
            query.setString(2, checksum);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1) > 0;
            }
        }
    }

    /** The entry of this content from this source, if it was seen before (under any name or path). */
    public Optional<ManifestEntry> find(String source, String checksum) throws SQLException {
        List<String> key = List.of(source, checksum);
        Map<List<String>, ManifestEntry> entries = known();
        if (!recordedSince.remove(key)) {
            return Optional.ofNullable(entries.get(key));
        }
        Optional<ManifestEntry> entry = read(source, checksum);
        entry.ifPresentOrElse(found -> entries.put(key, found), () -> entries.remove(key));
        return entry;
    }

    private Map<List<String>, ManifestEntry> known() throws SQLException {
        if (known == null) {
            known = new HashMap<>();
            for (ManifestEntry entry : entries()) {
                known.put(List.of(entry.source(), entry.checksum()), entry);
            }
            recordedSince.clear();
        }
        return known;
    }

    private Optional<ManifestEntry> read(String source, String checksum) throws SQLException {
        if (findStatement == null) {
            findStatement = connection.prepareStatement(SELECT_ENTRIES + " WHERE source = ? AND checksum = ?");
        }
        findStatement.setString(1, source);
        findStatement.setString(2, checksum);
        try (ResultSet rows = findStatement.executeQuery()) {
            return rows.next() ? Optional.of(entry(rows)) : Optional.empty();
        }
    }

    /**
     * Records what a read of a file did, replacing the entry of an earlier read of the same content; the time it
     * was first seen stays that of the first entry (an entry recorded before first_seen_at existed was first seen
     * when it was ingested).
     */
    public void record(ManifestEntry entry) throws SQLException {
        List<String> key = List.of(entry.source(), entry.checksum());
        // A plain insert of content never seen costs DuckDB a third of an upsert.
        boolean seen = recordedSince.contains(key) || known().containsKey(key);
        recordedSince.add(key);
        if (!seen) {
            insert(entry);
            return;
        }
        if (recordStatement == null) {
            recordStatement = connection.prepareStatement(UPSERT);
        }
        bind(recordStatement, entry);
        recordStatement.executeUpdate();
    }

    private void insert(ManifestEntry entry) throws SQLException {
        if (insertStatement == null) {
            insertStatement = connection.prepareStatement(INSERT);
        }
        bind(insertStatement, entry);
        insertStatement.executeUpdate();
    }

    private static void bind(PreparedStatement statement, ManifestEntry entry) throws SQLException {
        statement.setString(1, entry.source());
        statement.setString(2, entry.fileName());
        statement.setString(3, entry.checksum());
        statement.setString(4, entry.status());
        statement.setLong(5, entry.rowsRead());
        statement.setLong(6, entry.rowsWritten());
        statement.setLong(7, entry.rowsRejected());
        statement.setString(8, entry.message());
        statement.setString(9, entry.lakeFile());
        statement.setString(10, entry.rejectsFile());
        statement.setString(11, entry.runId());
        statement.setObject(12, OffsetDateTime.ofInstant(entry.ingestedAt(), ZoneOffset.UTC));
        statement.setString(13, entry.landingPath());
        statement.setString(14, entry.rulesFingerprint());
        statement.setObject(15, OffsetDateTime.ofInstant(
                entry.firstSeenAt() == null ? entry.ingestedAt() : entry.firstSeenAt(), ZoneOffset.UTC));
    }

    /**
     * Replaces the entries of the files no source read ({@link ManifestEntry#NOT_READ}) with those of this night: a
     * file moved into its source's folder since, or deleted, is no longer listed as unread.
     */
    public void replaceUnread(List<ManifestEntry> unread) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM ingest_manifest WHERE status = ?")) {
            delete.setString(1, ManifestEntry.NOT_READ);
            delete.executeUpdate();
        }
        known = null; // read again when next asked
        for (ManifestEntry entry : unread) {
            record(entry);
        }
    }

    public List<ManifestEntry> entries() throws SQLException {
        List<ManifestEntry> entries = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(SELECT_ENTRIES + " ORDER BY ingested_at, source, file_name")) {
            while (rows.next()) {
                entries.add(entry(rows));
            }
        }
        return entries;
    }

    private static ManifestEntry entry(ResultSet rows) throws SQLException {
        return new ManifestEntry(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                rows.getLong(5), rows.getLong(6), rows.getLong(7), rows.getString(8), rows.getString(9),
                rows.getString(10), rows.getString(11), rows.getObject(12, OffsetDateTime.class).toInstant(),
                rows.getString(13), rows.getString(14), rows.getObject(15, OffsetDateTime.class).toInstant());
    }
}
