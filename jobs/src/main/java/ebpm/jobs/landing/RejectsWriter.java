package ebpm.jobs.landing;

import ebpm.evidence.export.CsvCells;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the rows of one landing file that could not be used, each with its file, line and reason, as a CSV a
 * person opens in Excel (UTF-8 with BOM, no cell that starts a formula). Created only when there is a reject,
 * written aside and moved into place on {@link #commit(Path)}.
 */
public final class RejectsWriter implements AutoCloseable {

    private static final List<String> HEADER = List.of("source_file", "line", "reason", "row");

    private final Path target;
    private final Path temp;
    private BufferedWriter writer;
    private long rejected;

    public RejectsWriter(Path target) {
        this.target = target;
        this.temp = target.resolveSibling("." + target.getFileName() + ".tmp");
    }

    public void reject(String sourceFile, TabularRow row, String reason) throws IOException {
        if (writer == null) {
            Files.createDirectories(target.getParent());
            writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            writeLine(HEADER);
        }
        writeLine(List.of(sourceFile, Long.toString(row.lineNumber()), reason, String.join(",", row.cells())));
        rejected++;
    }

    public long rejected() {
        return rejected;
    }

    /**
     * Moves the rejects into place, over {@code earlier} (the rejects file an earlier read of the same landing
     * content wrote, or null) when that is in the same folder; see {@link ReplacingMove}.
     *
     * @return the rejects file, or null when no row was rejected
     */
    public Path commit(Path earlier) throws IOException {
        if (writer == null) {
            Files.deleteIfExists(target);
            return null;
        }
        writer.close();
        writer = null;
        ReplacingMove.move(temp, target,
                earlier != null && target.getParent().equals(earlier.getParent()) ? earlier : null);
        return target;
    }

    @Override
    public void close() throws IOException {
        if (writer != null) {
            writer.close();
            writer = null;
            Files.deleteIfExists(temp);
        }
    }

    private void writeLine(List<String> cells) throws IOException {
        writer.write(CsvCells.line(cells));
        writer.write("\r\n");
    }
}
