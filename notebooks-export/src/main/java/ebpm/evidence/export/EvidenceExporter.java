package ebpm.evidence.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Writes an evidence document as a file in one format planners can open. */
public interface EvidenceExporter {

    /** The name users choose this format by, e.g. {@code csv} in {@code --format csv,html}. */
    String format();

    /** File-name extension without the dot, e.g. {@code csv}. */
    String extension();

    /** Writes {@code doc} to {@code file}, replacing what was there. */
    void export(EvidenceDocument doc, Path file) throws IOException;

    /**
     * Writes {@code doc} into {@code folder} under its own name and this format's extension,
     * e.g. {@code achievement-by-pillar_FY2020.csv}.
     *
     * @return the file written
     */
    default Path exportInto(Path folder, EvidenceDocument doc) throws IOException {
        Path file = folder.resolve(doc.name() + "." + extension());
        export(doc, file);
        return file;
    }

    /**
     * Loads what this format's first export would (its libraries, fonts), so that a caller can do it on another
     * thread ahead of the first table; nothing to load by default.
     */
    default void loadAhead() throws IOException {
    }

    /**
     * Files {@link #export} wrote beside {@code file} for {@code doc}, e.g. the lineage sidecar of a CSV; none by
     * default.
     */
    default List<Path> companions(EvidenceDocument doc, Path file) {
        return List.of();
    }
}
