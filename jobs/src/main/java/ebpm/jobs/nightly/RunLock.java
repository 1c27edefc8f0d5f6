package ebpm.jobs.nightly;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Makes sure only one nightly run works on a work folder at a time, with an OS file lock that dies with the
 * process (so a killed run leaves no stale lock behind).
 */
public final class RunLock implements AutoCloseable {

    /** Another run holds the lock. */
    public static final class HeldElsewhereException extends IllegalStateException {
        HeldElsewhereException(String message) {
            super(message);
        }
    }

    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static RunLock acquire(Path lockFile) throws IOException {
        Files.createDirectories(lockFile.getParent());
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.READ);
        FileLock lock = channel.tryLock();
        if (lock == null) {
            String holder = new String(Files.readAllBytes(lockFile), StandardCharsets.UTF_8).strip();
            channel.close();
            throw new HeldElsewhereException("another nightly run is working on this folder ("
                    + (holder.isEmpty() ? "unknown process" : holder) + "); wait for it to finish");
        }
        channel.truncate(0);
        channel.write(java.nio.ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + " since "
                + java.time.Instant.now()).getBytes(StandardCharsets.UTF_8)));
        return new RunLock(channel, lock);
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
