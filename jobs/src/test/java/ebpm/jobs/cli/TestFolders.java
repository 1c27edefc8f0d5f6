package ebpm.jobs.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Copies of folders for tests that change a landing zone or a work folder without touching the original. */
public final class TestFolders {

    private TestFolders() {
    }

    /** A new landing zone under {@code temp} holding one file at {@code relative} (e.g. {@code health/a.csv}). */
    public static Path landingWith(Path temp, String relative, byte[] content) throws IOException {
        Path landing = Files.createTempDirectory(temp, "landing");
        Path file = landing.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        return landing;
    }

    /** Copies {@code from} with everything below it to {@code to}, which must not exist yet. */
    public static Path copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
        return to;
    }

    /** Deletes {@code root} with everything below it, if it exists. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
