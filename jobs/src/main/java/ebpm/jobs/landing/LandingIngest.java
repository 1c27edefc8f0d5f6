package ebpm.jobs.landing;

import ebpm.analytics.indicatordb.IngestManifest;
import ebpm.analytics.indicatordb.ManifestEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes the new files of one landing source into the lake: each file seen for the first time (by checksum) is read
 * row by row, good rows go to the lake, bad rows to the rejects with their reason, and the manifest records the
 * counts. A file the manifest already lists is skipped, unless it left rows out and was moved or its source's rules
 * changed since ({@link RereadRule}), or {@code ebpm reprocess} asks for it; reading it again replaces what the
 * earlier read wrote. A file is the unit of work: its lake files appear all at once or not at all, so a rerun after
 * a crash redoes only the files the manifest does not list (or still lists as they were before).
 */
public final class LandingIngest {

    private static final Logger log = LoggerFactory.getLogger(LandingIngest.class);
    private static final long PROGRESS_EVERY = 1_000_000;
    private static final int STEM_CHARACTERS = 60;

    /**
     * Receives the landing rows' fate in batches as files are read (Spring Batch counts them); called by one file's
     * thread at a time.
     */
    public interface RowListener {
        void rowsRead(long count);

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

    /**
     * The nightly ingest: every landing file of the source that is new, or that the {@link RereadRule} takes again,
     * in the order the files arrived ({@link ArrivalOrder}).
     */
    public List<FileOutcome> run(RowListener listener) throws IOException, SQLException {
        return ingestEach(LandingFiles.of(landing, source.name()), false, listener);
    }

    /**
     * {@code ebpm reprocess}: reads the given landing files of the source now, under today's rules, whatever the
     * manifest says, each replacing what its earlier read wrote; reading them twice gives the same lake files.
     */
    public List<FileOutcome> reprocess(List<Path> files, RowListener listener) throws IOException, SQLException {
        return ingestEach(files, true, listener);
    }

    /**
     * Takes the files in, in order of arrival, several at once when the new ones are large
     * ({@link FilesAtOnce#threads}): files do not share lake or rejects files, and each takes effect (its lake files
     * moved into place, its manifest entry) in the order of arrival, after the files before it. Copies of one
     * content are taken one after another.
     */
    private List<FileOutcome> ingestEach(List<Path> files, boolean asked, RowListener listener)
            throws IOException, SQLException {
        try {
            // Checksums first, at once: the order of arrival needs them (a file kept from earlier nights is not read).
            List<String> hashed = FilesAtOnce.run(files.size(), index -> index, FilesAtOnce.threads(bytes(files)),
                    "checksum " + source.name(), (index, turn) -> checksums.sha256(files.get(index)));
            Map<Path, String> sums = new HashMap<>();
            for (int index = 0; index < files.size(); index++) {
                sums.put(files.get(index), hashed.get(index));
            }
            List<Path> ordered = ArrivalOrder.sort(files, file -> firstSeen(sums.get(file)));
            List<Path> unseen = new ArrayList<>();
            for (Path file : ordered) {
                if (find(sums.get(file)).isEmpty()) {
                    unseen.add(file);
                }
            }
            return FilesAtOnce.run(ordered.size(), index -> sums.get(ordered.get(index)),
                    FilesAtOnce.threads(bytes(unseen)), "ingest " + source.name(),
                    (index, turn) -> ingest(ordered.get(index), sums.get(ordered.get(index)), asked, listener, turn));
        } finally {
            checksums.save();
        }
    }

    private static long bytes(List<Path> files) throws IOException {
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
        }
        return bytes;
    }

    /** When the content was first seen: the manifest's time for content seen before, else this night's. */
    private Instant firstSeen(String checksum) throws IOException {
        try {
            return find(checksum).map(ManifestEntry::firstSeenAt).orElse(ingestedAt);
        } catch (SQLException e) {
            throw new IOException("cannot read the ingest manifest", e);
        }
    }

    /** The manifest's entry of this content; the manifest's one connection is used by one file at a time. */
    private Optional<ManifestEntry> find(String checksum) throws SQLException {
        synchronized (manifest) {
            return manifest.find(source.name(), checksum);
        }
    }

    private void record(ManifestEntry entry) throws SQLException {
        synchronized (manifest) {
            manifest.record(entry);
        }
    }

    private FileOutcome ingest(Path file, String checksum, boolean asked, RowListener listener,
                               FilesAtOnce.Turn turn) throws IOException, SQLException {
        String landingPath = LandingFiles.landingPath(landing, file);
        String rules = source.rulesFingerprint();
        Optional<ManifestEntry> known = find(checksum);
        String readAgain = null;
        if (known.isPresent()) {
            Optional<String> why = asked ? Optional.of(RereadRule.ASKED_BY_REPROCESS)
                    : RereadRule.whyReadAgain(known.get(), landingPath, rules,
                    recordedPath -> holds(recordedPath, checksum));
            if (why.isEmpty()) {
                log.info("{}: {} seen before (sha256 {}), skipped", source.name(), ShownName.of(file),
                        shortSum(checksum));
                // A copy beside the file first read is worth a line of its own in the run summary: it was not
                // read. A file moved since (nothing left at the recorded path) is simply the same file.
                String recorded = known.get().landingPath();
                String message = recorded != null && !recorded.equals(landingPath) && holds(recorded, checksum)
                        ? "same content as " + recorded + ", already ingested" : "already ingested";
                return new FileOutcome(source.name(), file, checksum, FileOutcome.SKIPPED, 0, 0, 0, 0, List.of(),
                        null, message, null, null);
            }
            readAgain = why.get();
            log.info("{}: {} seen before (sha256 {}), read again: {}", source.name(), ShownName.of(landingPath),
                    shortSum(checksum), readAgain);
        }
        ManifestEntry earlier = known.orElse(null);
        // The lake rows of a file read again keep the time its content was first seen: the staging models let the
        // file that arrived last win by ingested_at, and a file read again did not arrive after a correction that
        // came after it.
        Instant firstSeenAt = known.map(ManifestEntry::firstSeenAt).orElse(ingestedAt);
        // A read again replaces the earlier read's output without a moment where a reader (or a run after a
        // kill -9) finds its rows twice, by this order:
        //  1. rows are written aside (hidden temp files): a kill leaves the lake and the manifest as they were, and
        //     the next run decides the same and starts over;
        //  2. each new lake and rejects file is renamed into place over the earlier read's file of the same folder
        //     (ReplacingMove): each partition holds either the earlier rows or the new ones, never both (the one
        //     exception: a row that changed rules put in another partition than before is in both until step 3);
        //  3. the earlier read's files that nothing replaced (a partition the new read no longer writes) are
        //     deleted: a kill before leaves there rows the new read wrote nowhere else, stale but not doubled;
        //  4. the manifest records the new read: a kill before leaves the earlier entry, so the next night decides
        //     as before (moved, rules changed) and reads the file again, taking over its own files by name; a
        //     reprocess killed here is completed by running it again.
        FileOutcome outcome;
        try {
            outcome = readInto(file, checksum, firstSeenAt, earlier, readAgain, listener, turn);
        } catch (LandingFileException e) {
            log.error("{}: {} rejected whole: {}", source.name(), ShownName.of(file), e.getMessage());
            outcome = new FileOutcome(source.name(), file, checksum, ManifestEntry.REJECTED, 0, 0, 0, 0, List.of(),
                    null, e.getMessage(), readAgain, earlier);
        }
        turn.await();
        if (earlier != null) {
            deleteLeftovers(earlier, outcome);
        }
        record(entry(outcome, landingPath, rules, firstSeenAt));
        return outcome;
    }

    /** Whether the file at this landing path (recorded in the manifest) still holds the content with this checksum. */
    private boolean holds(String recordedPath, String checksum) {
        Path recorded = landing.resolve(recordedPath);
        try {
            return Files.isRegularFile(recorded) && checksums.sha256(recorded).equals(checksum);
        } catch (IOException e) {
            return false;
        }
    }

    private FileOutcome readInto(Path file, String checksum, Instant firstSeenAt, ManifestEntry earlier,
                                 String readAgain, RowListener listener, FilesAtOnce.Turn turn) throws IOException {
        String stem = stem(file) + "_" + shortSum(checksum);
        // ingested_at and source_modified_at: when the file arrived, by which the staging models order files.
        Object[] provenance = {file.getFileName().toString(), checksum, null, firstSeenAt,
                ArrivalOrder.modified(file)};
        long read = 0;
        long written = 0;
        try (TabularFile table = TabularFiles.open(file, source.options());
             BackgroundLakeWriter lakeWriter = new BackgroundLakeWriter(
                     new LakeFileWriter(source.lakeTable(), lake, stem), stem);
             RejectsWriter rejectsWriter = new RejectsWriter(rejects.resolve(source.name()).resolve(stem + ".csv"));
             RowCounts counts = new RowCounts(listener)) {
            source.checkPreamble(file, table.preamble());
            RowMapper mapper = CellLengthLimit.guarding(source.newMapper(file, table.header()), table.header());
            if (mapper.surveysFirst()) {
                survey(file, mapper);
            }
            for (TabularRow row = table.next(); row != null; row = table.next()) {
                read++;
                counts.read();
                try {
                    List<MappedRow> mapped = mapper.map(row);
                    for (MappedRow lakeRow : mapped) {
                        provenance[2] = row.lineNumber();
                        System.arraycopy(provenance, 0, lakeRow.values(), 0, provenance.length);
                        lakeWriter.write(lakeRow.partitionValue(), lakeRow.values());
                    }
                    written++;
                    counts.written();
                } catch (RejectedRowException e) {
                    rejectsWriter.reject(file.getFileName().toString(), row, e.reason());
                    counts.rejected();
                }
                if (read % PROGRESS_EVERY == 0) {
                    log.info("{}: {} — {} rows read…", source.name(), ShownName.of(file), String.format("%,d", read));
                }
            }
            List<String> notes = mapper.finish();
            // Written aside so far; from here on the file takes effect, after the files that arrived before it.
            turn.await();
            List<Path> lakeFiles = lakeWriter.commit(earlierLakeFiles(earlier, checksum));
            Path rejectsFile = rejectsWriter.commit(earlierRejectsFile(earlier, checksum));
            long rejected = rejectsWriter.rejected();
            log.info("{}: {} ({}) — read {}, written {}, rejected {}{}", source.name(), ShownName.of(file),
                    table.encoding(), read, written, rejected,
                    rejectsFile == null ? "" : " (reasons in " + rejectsFile + ")");
            notes.forEach(note -> log.warn("{}: {} — {}", source.name(), ShownName.of(file), note));
            return new FileOutcome(source.name(), file, checksum, ManifestEntry.INGESTED, read, written, rejected,
                    lakeWriter.rows(), lakeFiles, rejectsFile, notes.isEmpty() ? null : String.join("; ", notes),
                    readAgain, earlier);
        }
    }

    /**
     * One file's row counts, handed to the listener every {@value #BATCH} rows and when the file is closed, under
     * the listener's lock: files are read on several threads, and per row that lock would be taken ten million times.
     */
    private static final class RowCounts implements AutoCloseable {

        private static final int BATCH = 10_000;
        private final RowListener listener;
        private long read;
        private long written;
        private long rejected;

        RowCounts(RowListener listener) {
            this.listener = listener;
        }

        void read() {
            if (++read == BATCH) {
                flush();
            }
        }

        void written() {
            written++;
        }

        void rejected() {
            rejected++;
        }

        @Override
        public void close() {
            flush();
        }

        private void flush() {
            synchronized (listener) {
                listener.rowsRead(read);
                listener.rowsWritten(written);
                listener.rowsRejected(rejected);
            }
            read = 0;
            written = 0;
            rejected = 0;
        }
    }

    /** The first pass of a mapper that needs to see the whole file before it maps a row. */
    private void survey(Path file, RowMapper mapper) throws IOException {
        try (TabularFile table = TabularFiles.open(file, source.options())) {
            for (TabularRow row = table.next(); row != null; row = table.next()) {
                mapper.survey(row);
            }
        }
    }

    /**
     * The lake files the earlier read of this content listed. Only names ending in this content's checksum are
     * taken: whatever a manifest says, a read never replaces or deletes another file's output.
     */
    private List<Path> earlierLakeFiles(ManifestEntry earlier, String checksum) {
        if (earlier == null || earlier.lakeFile() == null || earlier.lakeFile().isBlank()) {
            return List.of();
        }
        return Arrays.stream(earlier.lakeFile().split(";"))
                .map(lake::resolve)
                .filter(file -> file.normalize().startsWith(lake.normalize()))
                .filter(file -> file.getFileName().toString().endsWith("_" + shortSum(checksum) + ".parquet"))
                .toList();
    }

    /** The rejects file the earlier read wrote, looked for in this source's rejects folder (by its name). */
    private Path earlierRejectsFile(ManifestEntry earlier, String checksum) {
        if (earlier == null || earlier.rejectsFile() == null || earlier.rejectsFile().isBlank()) {
            return null;
        }
        String name = Path.of(earlier.rejectsFile()).getFileName().toString();
        return name.endsWith("_" + shortSum(checksum) + ".csv") ? rejects.resolve(source.name()).resolve(name) : null;
    }

    /** Step 3 above: deletes the earlier read's lake and rejects files that this read did not write again. */
    private void deleteLeftovers(ManifestEntry earlier, FileOutcome outcome) throws IOException {
        List<Path> leftovers = new ArrayList<>(earlierLakeFiles(earlier, outcome.checksum()));
        Path earlierRejects = earlierRejectsFile(earlier, outcome.checksum());
        if (earlierRejects != null) {
            leftovers.add(earlierRejects);
        }
        for (Path leftover : leftovers) {
            if (!outcome.lakeFiles().contains(leftover) && !leftover.equals(outcome.rejectsFile())
                    && Files.deleteIfExists(leftover)) {
                log.info("{}: {} — removed {}, written by its earlier read", source.name(),
                        outcome.file().getFileName(), leftover);
            }
        }
    }

    private ManifestEntry entry(FileOutcome outcome, String landingPath, String rules, Instant firstSeenAt) {
        String lakeFiles = outcome.lakeFiles().isEmpty() ? null
                : String.join(";", outcome.lakeFiles().stream().map(p -> lake.relativize(p).toString()).toList());
        return new ManifestEntry(source.name(), outcome.file().getFileName().toString(), outcome.checksum(),
                outcome.status(), outcome.rowsRead(), outcome.rowsWritten(), outcome.rowsRejected(),
                outcome.message(), lakeFiles,
                outcome.rejectsFile() == null ? null : outcome.rejectsFile().toString(), runId, ingestedAt,
                landingPath, rules, firstSeenAt);
    }

    /**
     * The readable part of the lake and rejects file names: at most {@value #STEM_CHARACTERS} characters, so that with
     * the checksum and extension a name stays within the 255 bytes file systems allow even in Japanese (3 bytes a
     * character); the checksum keeps shortened names apart.
     */
    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = (dot > 0 ? name.substring(0, dot) : name).replaceAll("[^\\p{L}\\p{N}_.-]", "_")
                .toLowerCase(Locale.ROOT);
        return stem.length() <= STEM_CHARACTERS ? stem : stem.substring(0, STEM_CHARACTERS);
    }

    private static String shortSum(String checksum) {
        return checksum.substring(0, 12);
    }
}
