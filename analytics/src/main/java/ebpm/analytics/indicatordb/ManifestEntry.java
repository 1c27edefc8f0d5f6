package ebpm.analytics.indicatordb;

import java.time.Instant;

/**
 * What one ingest did with one landing file. {@code rowsRead = rowsWritten + rowsRejected} always holds.
 *
 * @param source           the landing source, e.g. {@code measures}
 * @param fileName         the file's name when it was last read
 * @param status           {@code INGESTED}, {@code REJECTED} when the whole file could not be read, or
 *                         {@code NOT_READ} when no source reads its folder (see message)
 * @param lakeFile         the lake files the last read wrote, relative to the lake, separated by {@code ;}
 * @param ingestedAt       when the file was last read
 * @param landingPath      the file's path below the landing folder when it was last read, with {@code /}
 *                         separators (e.g. {@code tourism-pv/inbound/export.csv}); null for entries recorded before
 *                         ebpm kept it
 * @param rulesFingerprint the source's rules the last read judged the file by ({@code LandingSource}); null for
 *                         entries recorded before ebpm kept it
 * @param firstSeenAt      when ebpm first saw this content; a later read of it keeps this time, and so do its lake
 *                         rows, so a file read again never counts as newer than a correction that arrived after it
 */
public record ManifestEntry(String source, String fileName, String checksum, String status, long rowsRead,
                            long rowsWritten, long rowsRejected, String message, String lakeFile,
                            String rejectsFile, String runId, Instant ingestedAt, String landingPath,
                            String rulesFingerprint, Instant firstSeenAt) {

    public static final String INGESTED = "INGESTED";
    public static final String REJECTED = "REJECTED";
    /**
     * A file under the landing folder that no source reads (its folder is no source's; the entry's source is that
     * folder); see the message.
     */
    public static final String NOT_READ = "NOT_READ";

    /** Whether some of the file's rows, or the whole file, did not land. */
    public boolean leftRowsOut() {
        return REJECTED.equals(status) || rowsRejected > 0;
    }
}
