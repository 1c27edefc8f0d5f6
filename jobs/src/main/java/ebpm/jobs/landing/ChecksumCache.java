package ebpm.jobs.landing;

import ebpm.analytics.checksum.Sha256;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SHA-256 of landing files already read, by path, size, modification time, change time and inode (as git
 * recognises an unchanged file), so that a file kept in the landing zone night after night is not read again only
 * to be recognised: a night's work grows with what is new, not with what is kept. Writing to a file, copying over it
 * or renaming another file into its place changes its change time or inode, and it is read again. The cache is a
 * plain text file in the work folder; losing it costs one night of re-reading, nothing else.
 */
public final class ChecksumCache {

    private final Path file;
    private final Map<String, String> checksums = new LinkedHashMap<>();

    private ChecksumCache(Path file) {
        this.file = file;
    }

    /** Reads the cache; a missing or unreadable line only means that file is read again. */
    public static ChecksumCache load(Path file) throws IOException {
        ChecksumCache cache = new ChecksumCache(file);
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int tab = line.lastIndexOf('\t');
                if (tab > 0 && line.length() - tab - 1 == 64) {
                    cache.checksums.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
        }
        return cache;
    }

    /** The file's SHA-256, remembered or read; files are hashed on several threads at once. */
    public String sha256(Path landingFile) throws IOException {
        String key = key(landingFile);
        String checksum;
        synchronized (checksums) {
            checksum = key == null ? null : checksums.get(key);
        }
        if (checksum == null) {
            checksum = Sha256.ofFile(landingFile);
            // Looked at again after hashing: a file that changed while it was read is not remembered.
            if (key != null && key.equals(key(landingFile))) {
                synchronized (checksums) {
                    checksums.put(key, checksum);
                }
            }
        }
        return checksum;
    }

    /** Writes the cache aside and moves it into place; files gone from the landing zone drop out. */
    public void save() throws IOException {
        Files.createDirectories(file.getParent());
        List<String> lines = new ArrayList<>();
        synchronized (checksums) {
            checksums.forEach((key, checksum) -> {
                if (Files.exists(Path.of(key.substring(0, key.indexOf('\t'))))) {
                    lines.add(key + "\t" + checksum);
                }
            });
        }
        Path temp = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.write(temp, lines, StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Null where the file system has no change time or inode (not a Unix one): such files are always read. */
    private static String key(Path landingFile) throws IOException {
        Map<String, Object> unix;
        try {
            unix = Files.readAttributes(landingFile, "unix:size,lastModifiedTime,ctime,ino");
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return null;
        }
        return landingFile.toAbsolutePath().normalize() + "\t" + unix.get("size") + "\t"
                + nanos(unix.get("lastModifiedTime")) + "\t" + nanos(unix.get("ctime")) + "\t" + unix.get("ino");
    }

    private static String nanos(Object time) {
        return Long.toString(((FileTime) time).to(java.util.concurrent.TimeUnit.NANOSECONDS));
    }
}
