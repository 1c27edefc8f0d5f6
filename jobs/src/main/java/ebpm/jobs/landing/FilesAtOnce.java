package ebpm.jobs.landing;

import ebpm.jobs.CpuThreads;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs one task per landing file, a few at once, and gives the results in the files' order: a large file's lake
 * writer keeps one core busy, so two files of a night are read on two cores. What a file changes (its lake files
 * moved into place, its manifest entry) still happens in the files' order: each task waits for its {@link Turn}
 * before it commits, so a file never takes effect while an earlier one may still fail, and after a failure no later
 * file takes effect (a rerun then finds them all new together, in the same order, as one at a time would). Files in
 * the same group (the same content, by checksum) run one after another, so that a copy sees its twin's entry.
 */
final class FilesAtOnce {

    /** A task on one file, which calls {@link Turn#await()} before it changes anything others see. */
    @FunctionalInterface
    interface FileTask<T> {
        T run(int index, Turn turn) throws IOException, SQLException;
    }

    /** The moment a file may take effect: every earlier file has finished. */
    @FunctionalInterface
    interface Turn {
        /**
         * Waits until every earlier file has finished; throws if one of them failed, so that this one, written
         * aside, is dropped.
         */
        void await() throws IOException;

        Turn NOW = () -> { };
    }

    /** Below this many bytes of new files, files are taken one at a time: a second thread only adds memory there. */
    private static final long AT_ONCE_FROM_BYTES = 64L << 20;

    /**
     * Files at once for new files of {@code bytes} in all: {@code -Debpm.ingest.files=N} (in {@code EBPM_JAVA_OPTS}),
     * or for {@value #AT_ONCE_FROM_BYTES} bytes and more {@link CpuThreads#perCore()} (each file also has its lake
     * writer's thread).
     */
    static int threads(long bytes) {
        int perCore = CpuThreads.perCore();
        return Math.max(1, Integer.getInteger("ebpm.ingest.files", bytes >= AT_ONCE_FROM_BYTES ? perCore : 1));
    }

    private FilesAtOnce() {
    }

    /**
     * The results of {@code task} on indexes {@code 0..count-1}, in that order, with at most {@code threads} running
     * at once; indexes of equal {@code group} run one after another. Files start in index order and wait only for
     * earlier ones, which have all started: the earliest unfinished file always runs, so nothing waits for ever.
     */
    static <T> List<T> run(int count, Function<Integer, Object> group, int threads, String name, FileTask<T> task)
            throws IOException, SQLException {
        List<T> results = new ArrayList<>();
        if (threads <= 1 || count <= 1) {
            for (int index = 0; index < count; index++) {
                results.add(task.run(index, Turn.NOW));
            }
            return results;
        }
        List<CompletableFuture<T>> done = new ArrayList<>();
        Map<Object, CompletableFuture<T>> lastOfGroup = new HashMap<>();
        Semaphore running = new Semaphore(threads);
        AtomicBoolean failed = new AtomicBoolean();
        AtomicInteger started = new AtomicInteger();
        ExecutorService pool = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, name + " " + started.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (int index = 0; index < count && !failed.get(); index++) {
                running.acquire();
                int file = index;
                CompletableFuture<T> previousOfGroup = lastOfGroup.get(group.apply(file));
                List<CompletableFuture<T>> earlier = List.copyOf(done);
                CompletableFuture<T> result = new CompletableFuture<>();
                done.add(result);
                lastOfGroup.put(group.apply(file), result);
                pool.execute(() -> {
                    try {
                        if (previousOfGroup != null) {
                            awaitQuietly(previousOfGroup);
                        }
                        result.complete(task.run(file, () -> awaitAll(earlier)));
                    } catch (Throwable e) {
                        failed.set(true);
                        result.completeExceptionally(e);
                    } finally {
                        running.release();
                    }
                });
            }
            for (CompletableFuture<T> result : done) {
                results.add(resultOf(result, done));
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while landing files were taken in");
        } finally {
            failed.set(true);
            pool.shutdownNow();
            awaitTermination(pool);
        }
    }

    private static <T> void awaitAll(List<CompletableFuture<T>> earlier) throws IOException {
        for (CompletableFuture<T> file : earlier) {
            if (!awaitQuietly(file)) {
                throw new EarlierFileFailed();
            }
        }
    }

    /** Whether the file finished without failing. */
    private static boolean awaitQuietly(CompletableFuture<?> file) throws IOException {
        try {
            file.get();
            return true;
        } catch (ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for an earlier landing file");
        }
    }

    /**
     * The file's result, or its failure as it was thrown: called in the files' order, so the first failure met is
     * the earliest file's. Later files that have failed on their own by then are added to it as suppressed; the
     * others are stopped by the caller.
     */
    private static <T> T resultOf(CompletableFuture<T> result, List<CompletableFuture<T>> all)
            throws IOException, SQLException, InterruptedException {
        try {
            return result.get();
        } catch (ExecutionException e) {
            Throwable first = e.getCause();
            for (CompletableFuture<T> other : all) {
                if (other != result && other.isCompletedExceptionally()) {
                    Throwable later = other.handle((value, failure) -> failure).join();
                    if (!(later instanceof EarlierFileFailed)) {
                        first.addSuppressed(later);
                    }
                }
            }
            if (first instanceof IOException io) {
                throw io;
            }
            if (first instanceof SQLException sql) {
                throw sql;
            }
            if (first instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (first instanceof Error error) {
                throw error;
            }
            throw new IOException(first);
        }
    }

    /** Why a file written aside was dropped: an earlier one failed (the earlier failure is the one thrown). */
    private static final class EarlierFileFailed extends IOException {
        EarlierFileFailed() {
            super("not taken in: an earlier file failed");
        }
    }

    /** Waits for the files already running to end (each drops what it wrote aside), however long, uninterrupted. */
    private static void awaitTermination(ExecutorService pool) {
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
