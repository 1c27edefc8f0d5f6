package ebpm.jobs.landing;

import ebpm.analytics.indicatordb.IngestManifest;
import ebpm.analytics.indicatordb.ManifestEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes the new files of one landing source into the lake: each file seen for the first time (by checksum) is read
 * row by row, good rows go to the lake, bad rows to the rejects with their reason, and the manifest records the
 * counts. A file is the unit of work: its lake files appear all at once or not at all, so a rerun after a crash
 * redoes only the files the manifest does not list.
 */
public final class LandingIngest {

    private static final Logger log = LoggerFactory.getLogger(LandingIngest.class);
    private static final long PROGRESS_EVERY = 1_000_000;

    /** Receives each landing row's fate as it happens (Spring Batch counts it). */
    public interface RowListener {
        void rowRead();

        default void rowsWritten(long count) {
        }

        default void rowsRejected(long count) {
        }
    }

    private final LandingSource source;
    private final Path landing;
    private final Path lake;
    private final Path rejects;
    private final IngestManifest manifest;
    private final String runId;
    private final Instant ingestedAt;
    private final ChecksumCache checksums;

    public LandingIngest(LandingSource source, Path landing, Path lake, Path rejects, IngestManifest manifest,
                         String runId, Instant ingestedAt, ChecksumCache checksums) {
        this.source = source;
        this.landing = landing;
        this.lake = lake;
        this.rejects = rejects;
        this.manifest = manifest;
        this.runId = runId;
        this.ingestedAt = ingestedAt;
        this.checksums = checksums;
    }

    public List<FileOutcome> run(RowListener listener) throws IOException, SQLException {
        List<FileOutcome> outcomes = new ArrayList<>();
        try {
            for (Path file : landingFiles()) {
                outcomes.add(ingest(file, listener));
            }
        } finally {
            checksums.save();
        }
        return outcomes;
    }

    private List<Path> landingFiles() throws IOException {
        Path folder = landing.resolve(source.name());
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        // Sub-folders are walked too: some sources keep one folder per origin (e.g. tourism-pv/<site-id>/).
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> !isHidden(folder.relativize(file)))
                    .sorted()
                    .toList();
        }
    }

    private FileOutcome ingest(Path file, RowListener listener) throws IOException, SQLException {
        String checksum = checksums.sha256(file);
        if (manifest.contains(source.name(), checksum)) {
            log.info("{}: {} seen before (sha256 {}), skipped", source.name(), file.getFileName(), shortSum(checksum));
            return new FileOutcome(source.name(), file, checksum, FileOutcome.SKIPPED, 0, 0, 0, 0, List.of(), null,
                    "already ingested");
        }
        FileOutcome outcome;
        try {
            outcome = readInto(file, checksum, listener);
        } catch (LandingFileException e) {
            log.error("{}: {} rejected whole: {}", source.name(), file.getFileName(), e.getMessage());
            outcome = new FileOutcome(source.name(), file, checksum, ManifestEntry.REJECTED, 0, 0, 0, 0, List.of(),
                    null, e.getMessage());
        }
        manifest.record(entry(outcome));
        return outcome;
    }

    private FileOutcome readInto(Path file, String checksum, RowListener listener) throws IOException {
        String stem = stem(file) + "_" + shortSum(checksum);
        Object[] provenance = {file.getFileName().toString(), checksum, null, ingestedAt};
        long read = 0;
        long written = 0;
        try (TabularFile table = TabularFiles.open(file, source.options());
             BackgroundLakeWriter lakeWriter = new BackgroundLakeWriter(
                     new LakeFileWriter(source.lakeTable(), lake, stem), stem);
             RejectsWriter rejectsWriter = new RejectsWriter(rejects.resolve(source.name()).resolve(stem + ".csv"))) {
            RowMapper mapper = source.newMapper(file, table.header());
            for (TabularRow row = table.next(); row != null; row = table.next()) {
                read++;
                listener.rowRead();
                try {
                    List<MappedRow> mapped = mapper.map(row);
                    for (MappedRow lakeRow : mapped) {
                        provenance[2] = row.lineNumber();
                        System.arraycopy(provenance, 0, lakeRow.values(), 0, provenance.length);
                        lakeWriter.write(lakeRow.partitionValue(), lakeRow.values());
                    }
                    written++;
                    listener.rowsWritten(1);
                } catch (RejectedRowException e) {
                    rejectsWriter.reject(file.getFileName().toString(), row, e.reason());
                    listener.rowsRejected(1);
                }
                if (read % PROGRESS_EVERY == 0) {
                    log.info("{}: {} — {} rows read", source.name(), file.getFileName(), read);
                }
            }
            List<String> notes = mapper.finish();
            List<Path> lakeFiles = lakeWriter.commit();
            Path rejectsFile = rejectsWriter.commit();
            long rejected = rejectsWriter.rejected();
            log.info("{}: {} ({}) — read {}, written {}, rejected {}{}", source.name(), file.getFileName(),
                    table.encoding(), read, written, rejected,
                    rejectsFile == null ? "" : " (reasons in " + rejectsFile + ")");
            notes.forEach(note -> log.warn("{}: {} — {}", source.name(), file.getFileName(), note));
            return new FileOutcome(source.name(), file, checksum, ManifestEntry.INGESTED, read, written, rejected,
                    lakeWriter.rows(), lakeFiles, rejectsFile, notes.isEmpty() ? null : String.join("; ", notes));
        }
    }

    private ManifestEntry entry(FileOutcome outcome) {
        String lakeFiles = outcome.lakeFiles().isEmpty() ? null
                : String.join(";", outcome.lakeFiles().stream().map(p -> lake.relativize(p).toString()).toList());
        return new ManifestEntry(source.name(), outcome.file().getFileName().toString(), outcome.checksum(),
                outcome.status(), outcome.rowsRead(), outcome.rowsWritten(), outcome.rowsRejected(),
                outcome.message(), lakeFiles,
                outcome.rejectsFile() == null ? null : outcome.rejectsFile().toString(), runId, ingestedAt);
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return stem.replaceAll("[^\\p{L}\\p{N}_.-]", "_").toLowerCase(Locale.ROOT);
    }

    private static String shortSum(String checksum) {
        return checksum.substring(0, 12);
    }
}
