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

    /**
     * Who holds the lock, e.g. {@code pid 4242 since 2026-11-21T17:30:00Z}, when the process the lock file names is
     * alive; found without taking the lock, so that asking never keeps a night from starting.
     */
    public static java.util.Optional<String> holder(Path lockFile) throws IOException {
        if (!Files.exists(lockFile)) {
            return java.util.Optional.empty();
        }
        String holder = new String(Files.readAllBytes(lockFile), StandardCharsets.UTF_8).strip();
        java.util.regex.Matcher pid = java.util.regex.Pattern.compile("^pid (\\d+)").matcher(holder);
        if (!pid.find() || Long.parseLong(pid.group(1)) == ProcessHandle.current().pid()) {
            return java.util.Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(pid.group(1))).filter(ProcessHandle::isAlive).map(process -> holder);
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
