package ebpm.jobs.landing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** The files of one landing source, and the landing path the manifest knows each by. */
public final class LandingFiles {

    private LandingFiles() {
    }

    /** Every file below {@code landing/<source>/} that is not hidden (nor in a hidden folder), in name order. */
    public static List<Path> of(Path landing, String source) throws IOException {
        // Sub-folders are walked too: some sources keep one folder per origin (e.g. tourism-pv/<site-id>/).
        return below(landing.resolve(source));
    }

    /** Every file below {@code landing/} that is not hidden, in name order: what a night must account for. */
    public static List<Path> all(Path landing) throws IOException {
        return below(landing);
    }

    private static List<Path> below(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> !isHidden(folder.relativize(file)))
                    .sorted()
                    .toList();
        }
    }

    /**
     * The file's path below the landing folder with {@code /} separators, e.g. {@code tourism-pv/inbound/x.csv}:
     * the same on every operating system, so a manifest entry means the same place wherever it is read.
     */
    public static String landingPath(Path landing, Path file) {
        return StreamSupport.stream(landing.relativize(file).spliterator(), false)
                .map(Path::toString)
                .collect(Collectors.joining("/"));
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
