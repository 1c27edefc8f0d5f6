package ebpm.jobs.landing;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs one task per landing file on a few threads at once and gives the results in the files' order: a large file's
 * lake writer keeps one core busy, so two files of a night are taken in together on two cores. Files in the same
 * group (the same content, by checksum) run one after another in their order, so that a copy sees the manifest
 * entry its twin recorded. After a failure no further file starts; the files already started finish (each is all
 * or nothing), and the first failure in the files' order is thrown.
 */
final class FilesAtOnce {

    /** A task on one file. */
    @FunctionalInterface
    interface FileTask<T> {
        T run(int index) throws IOException, SQLException;
    }

    /** Below this many bytes in all, files are taken one at a time: a second thread only adds memory there. */
    private static final long AT_ONCE_FROM_BYTES = 64L << 20;

    /**
     * Files at once for files of {@code bytes} in all: {@code -Debpm.ingest.files=N} (in {@code EBPM_JAVA_OPTS}), or
     * for {@value #AT_ONCE_FROM_BYTES} bytes and more one per core, at most four (each file also has its lake
     * writer's thread).
     */
    static int threads(long bytes) {
        int cores = Math.min(4, Runtime.getRuntime().availableProcessors());
        return Math.max(1, Integer.getInteger("ebpm.ingest.files", bytes >= AT_ONCE_FROM_BYTES ? cores : 1));
    }

    private FilesAtOnce() {
    }

    /**
     * The results of {@code task} on indexes {@code 0..count-1}, in that order, with at most {@code threads} at
     * once; indexes of equal {@code group} run one after another in ascending order.
     */
    static <T> List<T> run(int count, Function<Integer, Object> group, int threads, String name, FileTask<T> task)
            throws IOException, SQLException {
        Map<Object, List<Integer>> chains = new LinkedHashMap<>();
        for (int index = 0; index < count; index++) {
            chains.computeIfAbsent(group.apply(index), key -> new ArrayList<>()).add(index);
        }
        List<T> results = new ArrayList<>();
        for (int index = 0; index < count; index++) {
            results.add(null);
        }
        if (threads <= 1 || chains.size() <= 1) {
            for (int index = 0; index < count; index++) {
                results.set(index, task.run(index));
            }
            return results;
        }
        AtomicBoolean failed = new AtomicBoolean();
        AtomicInteger started = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, chains.size()), runnable -> {
            Thread thread = new Thread(runnable, name + " " + started.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        Map<Integer, Future<Void>> byFirstIndex = new LinkedHashMap<>();
        try {
            for (List<Integer> chain : chains.values()) {
                byFirstIndex.put(chain.get(0), pool.submit(() -> {
                    for (int index : chain) {
                        if (failed.get()) {
                            return null;
                        }
                        try {
                            results.set(index, task.run(index));
                        } catch (IOException | SQLException | RuntimeException | Error e) {
                            failed.set(true);
                            throw new IndexedFailure(index, e);
                        }
                    }
                    return null;
                }));
            }
            rethrowFirst(byFirstIndex.values());
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Waits for every chain, then throws the failure of the lowest file index, as it was thrown. */
    private static void rethrowFirst(Iterable<Future<Void>> futures) throws IOException, SQLException {
        IndexedFailure first = null;
        for (Future<Void> future : futures) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while landing files were taken in");
            } catch (ExecutionException e) {
                IndexedFailure failure = (IndexedFailure) e.getCause();
                if (first == null || failure.index < first.index) {
                    first = failure;
                }
            }
        }
        if (first != null) {
            Throwable cause = first.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof SQLException sql) {
                throw sql;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw (Error) cause;
        }
    }

    /** A task's failure with the index of its file, so that the first in order is the one thrown. */
    private static final class IndexedFailure extends RuntimeException {

        private final int index;

        IndexedFailure(int index, Throwable cause) {
            super(cause);
            this.index = index;
        }
    }
}
