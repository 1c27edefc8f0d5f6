package ebpm.analytics.indicatordb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The record of every landing file taken in, keyed by source and content checksum, so that a file seen before
 * (under any name) is not ingested twice.
 */
public final class IngestManifest {

    private final Connection connection;

    public IngestManifest(Connection connection) {
        this.connection = connection;
    }

    static void createSchema(Statement statement) throws SQLException {
        statement.execute("""
                CREATE TABLE IF NOT EXISTS ingest_manifest (
                  source VARCHAR NOT NULL,
                  file_name VARCHAR NOT NULL,
                  checksum VARCHAR NOT NULL,
                  status VARCHAR NOT NULL,
                  rows_read BIGINT NOT NULL,
                  rows_written BIGINT NOT NULL,
                  rows_rejected BIGINT NOT NULL,
                  message VARCHAR,
                  lake_file VARCHAR,
                  rejects_file VARCHAR,
                  run_id VARCHAR NOT NULL,
                  ingested_at TIMESTAMP WITH TIME ZONE NOT NULL,
                  PRIMARY KEY (source, checksum))""");
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

    public void record(ManifestEntry entry) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO ingest_manifest (source, file_name, checksum, status, rows_read, rows_written,
                  rows_rejected, message, lake_file, rejects_file, run_id, ingested_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (source, checksum) DO UPDATE SET file_name = excluded.file_name,
                  status = excluded.status, rows_read = excluded.rows_read, rows_written = excluded.rows_written,
                  rows_rejected = excluded.rows_rejected, message = excluded.message,
                  lake_file = excluded.lake_file, rejects_file = excluded.rejects_file, run_id = excluded.run_id,
                  ingested_at = excluded.ingested_at""")) {
            upsert.setString(1, entry.source());
            upsert.setString(2, entry.fileName());
            upsert.setString(3, entry.checksum());
            upsert.setString(4, entry.status());
            upsert.setLong(5, entry.rowsRead());
            upsert.setLong(6, entry.rowsWritten());
            upsert.setLong(7, entry.rowsRejected());
            upsert.setString(8, entry.message());
            upsert.setString(9, entry.lakeFile());
            upsert.setString(10, entry.rejectsFile());
            upsert.setString(11, entry.runId());
            upsert.setObject(12, OffsetDateTime.ofInstant(entry.ingestedAt(), ZoneOffset.UTC));
            upsert.executeUpdate();
        }
    }

    public List<ManifestEntry> entries() throws SQLException {
        List<ManifestEntry> entries = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     SELECT source, file_name, checksum, status, rows_read, rows_written, rows_rejected, message,
                            lake_file, rejects_file, run_id, ingested_at
                     FROM ingest_manifest ORDER BY ingested_at, source, file_name""")) {
            while (rows.next()) {
                entries.add(new ManifestEntry(rows.getString(1), rows.getString(2), rows.getString(3),
                        rows.getString(4), rows.getLong(5), rows.getLong(6), rows.getLong(7), rows.getString(8),
                        rows.getString(9), rows.getString(10), rows.getString(11),
                        rows.getObject(12, OffsetDateTime.class).toInstant()));
            }
        }
        return entries;
    }
}
