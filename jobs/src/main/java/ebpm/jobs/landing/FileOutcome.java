package ebpm.jobs.landing;

import ebpm.analytics.indicatordb.ManifestEntry;
import java.nio.file.Path;
import java.util.List;

/**
 * What the ingest did with one landing file. For every file, {@code rowsRead = rowsWritten + rowsRejected}.
 *
 * @param status    INGESTED, REJECTED (the whole file could not be used; see message) or SKIPPED (seen before)
 * @param lakeRows  rows written to the lake (a landing row may yield several)
 * @param readAgain why a file the manifest already listed was read again ({@link RereadRule}); null for a first
 *                  read or a skipped file
 * @param replaced  the manifest entry of the earlier read whose lake and rejects files this read replaced; null
 *                  when there was none
 */
public record FileOutcome(String source, Path file, String checksum, String status, long rowsRead,
                          long rowsWritten, long rowsRejected, long lakeRows, List<Path> lakeFiles,
                          Path rejectsFile, String message, String readAgain, ManifestEntry replaced) {

    public static final String SKIPPED = "SKIPPED";

    public boolean wasReadAgain() {
        return readAgain != null;
    }

    /**
     * The file's line in a run summary, e.g. {@code tourism-pv x.csv: INGESTED read 3, written 3, rejected 0 (read
     * again: moved from tourism-pv/x.csv; before: REJECTED read 0, written 0, rejected 0)}.
     */
    public String summary() {
        return summary(null);
    }

    /**
     * The same, ending with what the file did to its source's keys, e.g. {@code … rejected 0 — keys: 2 replaced, 0
     * added, 74 of FY2020 left as they were} ({@link FileEffects}); nothing where {@code keys} is null.
     */
    public String summary(FileEffects.Effect keys) {
        StringBuilder line = new StringBuilder(String.format("%s %s: %s read %d, written %d, rejected %d", source,
                ShownName.of(file), status, rowsRead, rowsWritten, rowsRejected));
        if (readAgain != null) {
            line.append(" (read again: ").append(readAgain);
            if (replaced != null) {
                line.append(String.format("; before: %s read %d, written %d, rejected %d", replaced.status(),
                        replaced.rowsRead(), replaced.rowsWritten(), replaced.rowsRejected()));
            }
            line.append(')');
        }
        if (message != null) {
            line.append(" — ").append(message);
        }
        if (keys != null) {
            line.append(" — ").append(keys.summary());
        }
        return line.toString();
    }
}
