package ebpm.jobs.landing;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Hands lake rows to a {@link LakeFileWriter} on a thread of its own, in batches, so that reading and checking the
 * next rows and encoding Parquet run on two cores at once (each is about half of an ingest's work). Rows keep their
 * order; the queue holds a few batches, so memory stays small however large the file. Commit and close happen on
 * the calling thread once the writing thread has finished, so a file's lake output is still all or nothing.
 */
final class BackgroundLakeWriter implements AutoCloseable {

    private static final int BATCH_ROWS = 4096;
    private static final int BATCHES_QUEUED = 4;
    private static final List<Row> END = List.of();

    private record Row(Object partitionValue, Object[] values) {
    }

    private final LakeFileWriter writer;
    private final BlockingQueue<List<Row>> queue = new ArrayBlockingQueue<>(BATCHES_QUEUED);
    private final Thread thread;
    private volatile Throwable failure;
    private List<Row> batch = new ArrayList<>(BATCH_ROWS);
    private boolean ended;

    BackgroundLakeWriter(LakeFileWriter writer, String name) {
        this.writer = writer;
        this.thread = new Thread(this::drain, "lake-writer " + name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues one row; fails with the writing thread's error if it has failed. */
    void write(Object partitionValue, Object[] row) throws IOException {
        batch.add(new Row(partitionValue, row));
        if (batch.size() == BATCH_ROWS) {
            hand(batch);
            batch = new ArrayList<>(BATCH_ROWS);
        }
    }

    /**
     * Waits for every queued row to be written, then closes the files and moves them into place, over the
     * {@code earlier} read's files of the same partitions ({@link LakeFileWriter#commit(List)}).
     */
    List<Path> commit(List<Path> earlier) throws IOException {
        finish();
        return writer.commit(earlier);
    }

    long rows() {
        return writer.rows();
    }

    /** Stops the writing thread (without waiting for queued rows when not committed) and drops what was written. */
    @Override
    public void close() {
        if (!ended) {
            ended = true;
            thread.interrupt();
            joinQuietly();
        }
        writer.close();
    }

    private void finish() throws IOException {
        if (!batch.isEmpty()) {
            hand(batch);
        }
        hand(END);
        ended = true;
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while the lake files were written");
        }
        rethrowFailure();
    }

    private void hand(List<Row> rows) throws IOException {
        try {
            while (!queue.offer(rows, 100, TimeUnit.MILLISECONDS)) {
                rethrowFailure();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while lake rows were queued");
        }
        rethrowFailure();
    }

    private void drain() {
        try {
            for (List<Row> rows = queue.take(); rows != END; rows = queue.take()) {
                for (Row row : rows) {
                    writer.write(row.partitionValue(), row.values());
                }
            }
        } catch (InterruptedException e) {
            // close() without commit: the rows are dropped anyway.
        } catch (IOException | RuntimeException | Error e) {
            failure = e;
        }
    }

    private void rethrowFailure() throws IOException {
        Throwable e = failure;
        if (e instanceof IOException io) {
            throw new IOException("writing the lake files failed: " + io.getMessage(), io);
        }
        if (e instanceof UncheckedIOException unchecked) {
            throw unchecked;
        }
        if (e instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (e instanceof Error error) {
            throw error;
        }
    }

    private void joinQuietly() {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
