package ebpm.evidence.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One evidence document as listed in a pack's index: what it is, and the files written for it.
 *
 * @param title       the document's Japanese title
 * @param description the document's Japanese explanation; may be empty
 * @param files       the files written for it, relative to the pack folder, e.g. {@code achievement.csv}
 */
public record PackEntry(String title, String description, List<Path> files) {

    public PackEntry {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        files = List.copyOf(Objects.requireNonNull(files, "files"));
        files.forEach(file -> requireInsidePack(title, file));
    }

    /** The entry for a document whose files {@link EvidenceExporter#exportInto} wrote into {@code folder}. */
    public static PackEntry of(EvidenceDocument doc, Path folder, List<Path> writtenFiles) {
        return new PackEntry(doc.title(), doc.description(),
                writtenFiles.stream().map(folder::relativize).toList());
    }

    // The pack is copied around as a folder; a link outside it, or to an absolute path, would break.
    private static void requireInsidePack(String title, Path file) {
        if (file.isAbsolute() || file.normalize().startsWith("..") || file.normalize().toString().isEmpty()) {
            throw new IllegalArgumentException(
                    "files of '" + title + "' must lie inside the pack folder, relative to it: " + file);
        }
    }
}
