package ebpm.analytics.indicatordb;

import java.time.Instant;

/**
 * What one ingest did with one landing file. {@code rowsRead = rowsWritten + rowsRejected} always holds.
 *
 * @param source  the landing source, e.g. {@code measures}
 * @param status  {@code INGESTED}, or {@code REJECTED} when the whole file could not be read (see message)
 */
public record ManifestEntry(String source, String fileName, String checksum, String status, long rowsRead,
                            long rowsWritten, long rowsRejected, String message, String lakeFile,
                            String rejectsFile, String runId, Instant ingestedAt) {

    public static final String INGESTED = "INGESTED";
    public static final String REJECTED = "REJECTED";
}
