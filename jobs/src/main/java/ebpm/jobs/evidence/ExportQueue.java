package ebpm.jobs.evidence;

import ebpm.evidence.export.EvidenceDocument;
import ebpm.evidence.export.EvidenceExporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tech.tablesaw.api.ColumnType;

/**
 * Writes evidence tables in every format on background threads while the caller queries the next table: the
 * formats of one table are written side by side, each by its own exporter into its own files. {@link #finish()}
 * hands the files back in the order the tables were given, or fails naming the first table (in that order) whose
 * writing failed. Writing a workbook or drawing a chart takes longer than the query behind it, so on two cores a
 * pack of a dozen tables takes about half the time it took one format after another.
 */
public final class ExportQueue implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ExportQueue.class);

    /** One table given to the queue and the files written for it. */
    public record Written(String table, EvidenceDocument document, List<Path> files) {
    }

    /** A table given to the queue and the writes of its formats, each running or done. */
    private record Queued(String table, EvidenceDocument document, List<Future<List<Path>>> formats) {
    }

    private final ExecutorService threads;
    private final List<Queued> queued = new ArrayList<>();
    private final List<Future<?>> loading = new ArrayList<>();
    private final Consumer<Written> whenWritten;

    /**
     * @param threads     how many formats are written at once ({@link ebpm.jobs.CpuThreads#perCore()} in a night)
     * @param whenWritten told of each table once all its formats are written (on a writing thread, the files in
     *                    the order they were written), e.g. to log progress
     */
    public ExportQueue(int threads, Consumer<Written> whenWritten) {
        AtomicInteger count = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "evidence-writer-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.whenWritten = whenWritten;
    }

    /**
     * Has each format load what its first export would ({@link EvidenceExporter#loadAhead()}) on the queue's
     * threads, while the caller opens its session and queries the first table. Loading is only ahead of time: one
     * that fails is logged, and the table's own export will fail with the reason if something is really wrong.
     */
    public void loadAhead(List<EvidenceExporter> exporters) {
        // Tablesaw's column types set each other up when first used: two threads starting on two types at once can
        // wait on each other for ever (tablesaw issues 1123, 1230). They are set up here, on the caller's thread,
        // before any other thread touches a table.
        ColumnType.values();
        for (EvidenceExporter exporter : exporters) {
            loading.add(threads.submit(() -> {
                try {
                    exporter.loadAhead();
                } catch (IOException | RuntimeException e) {
                    log.warn("evidence format {} could not load ahead: {}", exporter.format(), e.toString());
                }
            }));
        }
    }

    /** Starts writing {@code document} in each format into {@code folder}; returns at once. */
    public void add(String table, EvidenceDocument document, List<EvidenceExporter> exporters, Path folder)
            throws IOException {
        Files.createDirectories(folder);
        AtomicInteger left = new AtomicInteger(exporters.size());
        List<Path> all = Collections.synchronizedList(new ArrayList<>());
        List<Future<List<Path>>> formats = new ArrayList<>();
        for (EvidenceExporter exporter : exporters) {
            formats.add(threads.submit(() -> {
                List<Path> files = EvidenceWriter.write(document, exporter, folder);
                all.addAll(files);
                if (left.decrementAndGet() == 0) {
                    whenWritten.accept(new Written(table, document, List.copyOf(all)));
                }
                return files;
            }));
        }
        queued.add(new Queued(table, document, formats));
    }

    /**
     * Waits for every table given and returns their files, in the order given.
     *
     * @throws IOException naming the first table whose writing failed, once every write started has ended
     */
    public List<Written> finish() throws IOException, InterruptedException {
        List<Written> written = new ArrayList<>();
        IOException failure = null;
        for (Queued table : queued) {
            List<Path> files = new ArrayList<>();
            for (Future<List<Path>> format : table.formats()) {
                try {
                    files.addAll(format.get());
                } catch (ExecutionException e) {
                    IOException failed = new IOException("evidence table " + table.table() + " could not be "
                            + "written: " + e.getCause().getMessage(), e.getCause());
                    if (failure == null) {
                        failure = failed;
                    } else {
                        failure.addSuppressed(failed);
                    }
                }
            }
            written.add(new Written(table.table(), table.document(), files));
        }
        queued.clear();
        if (failure != null) {
            throw failure;
        }
        return written;
    }

    /**
     * Drops the writes not started yet (after a failure) and waits for those running to end; closing again does
     * nothing more. A running write is never interrupted: it may be initialising a library's classes (Tablesaw
     * scans the class path when first used), and a class whose initialisation was interrupted stays unusable for
     * the rest of the process.
     */
    @Override
    public void close() throws InterruptedException {
        loading.forEach(task -> task.cancel(false));
        queued.forEach(table -> table.formats().forEach(format -> format.cancel(false)));
        threads.shutdown();
        if (!threads.awaitTermination(1, TimeUnit.MINUTES)) {
            throw new IllegalStateException("evidence writers did not end within a minute");
        }
    }
}
