package ebpm.jobs.nightly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where a night writes its evidence pack: a folder of its own beside the published one, moved into place whole when
 * every table is written, so a second night for the same date (a re-run, a past {@code --as-of}) replaces the pack
 * instead of mixing its files with the earlier run's, and a failed night leaves the published pack as it was.
 */
final class PackFolder {

    private final Path published;
    private final Path building;

    private PackFolder(Path published, Path building) {
        this.published = published;
        this.building = building;
    }

    /** A fresh folder to build the pack for {@code evidence/<name>} in (what a failed attempt left is removed). */
    static PackFolder building(Path evidence, String name) throws IOException {
        Path building = evidence.resolve("." + name + ".building");
        deleteTree(building);
        Files.createDirectories(building);
        return new PackFolder(evidence.resolve(name), building);
    }

    Path folder() {
        return building;
    }

    /** Replaces the published pack by the one built; returns the published folder. */
    Path publish() throws IOException {
        Path previous = published.resolveSibling("." + published.getFileName() + ".previous");
        deleteTree(previous);
        if (Files.exists(published)) {
            Files.move(published, previous, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(building, published, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(previous);
        return published;
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
