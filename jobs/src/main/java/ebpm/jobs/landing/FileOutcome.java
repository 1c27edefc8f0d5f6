package ebpm.jobs.landing;

import java.nio.file.Path;
import java.util.List;

/**
 * What the ingest did with one landing file. For every file, {@code rowsRead = rowsWritten + rowsRejected}.
 *
 * @param status   INGESTED, REJECTED (the whole file could not be used; see message) or SKIPPED (seen before)
 * @param lakeRows rows written to the lake (a landing row may yield several)
 */
public record FileOutcome(String source, Path file, String checksum, String status, long rowsRead,
                          long rowsWritten, long rowsRejected, long lakeRows, List<Path> lakeFiles,
                          Path rejectsFile, String message) {

    public static final String SKIPPED = "SKIPPED";
}
