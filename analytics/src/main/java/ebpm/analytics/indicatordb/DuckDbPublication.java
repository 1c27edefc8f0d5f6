package ebpm.analytics.indicatordb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * How a night writes the DuckDB indicator database without ever locking out a reader or showing it half a night.
 *
 * <p>DuckDB lets one process write a file, and a process that has the file open (even read-only) keeps every other
 * process from writing it; a consumer reading the published file would stop the night, and a night writing it would
 * stop the consumers. So the night never writes the published file: its writes (the manifest entries of the ingest
 * steps, the values of the indicator step) go to a private copy, {@code <file>.building}, made from the published
 * file when the night's first writing step starts, and {@link #publish()} moves that copy over the published file
 * with one atomic rename once the values are committed. A reader that has the old file open keeps reading its
 * snapshot (a POSIX rename leaves an open file as it was); a reader that opens afterwards sees the whole new night.
 *
 * <p>Restart: the private copy is the night's state between steps and survives a failure or a kill -9, so a
 * restarted night continues from it (a restarted step writes per file, or in one transaction, as before) and nothing
 * a completed step wrote is lost. It is only published when the indicator step has committed, so nothing half
 * written is ever read by a consumer. Making the copy is itself atomic (copied aside, then renamed), so a kill
 * during the copy leaves no private copy, and the next attempt copies again. A write-ahead log left beside the
 * published file by a killed writer goes into the copy with it, and is removed before the copy is published (its
 * changes are in the copy by then).
 */
public final class DuckDbPublication {

    private static final String BUILDING = ".building";
    private static final String COPYING = ".copying";
    private static final String WAL = ".wal";

    private final Path published;

    public DuckDbPublication(Path published) {
        this.published = published.toAbsolutePath().normalize();
    }

    /** The file readers open. */
    public Path published() {
        return published;
    }

    /** The private copy a night writes, beside the published file (so that renaming it over that one is atomic). */
    public Path building() {
        return sibling(BUILDING);
    }

    /** The file a writer outside a night (withdraw, reprocess) writes: an unfinished night's copy, if there is one. */
    public Path writable() {
        return Files.exists(building()) ? building() : published;
    }

    /**
     * The private copy, made from the published file if there is none yet (a restarted night finds its own).
     *
     * @return the file to write
     */
    public Path begin() throws IOException {
        Path building = building();
        if (Files.exists(building)) {
            return building;
        }
        Files.createDirectories(published.getParent());
        Path buildingWal = walOf(building);
        Files.deleteIfExists(buildingWal);
        if (Files.exists(published)) {
            Path copying = sibling(COPYING);
            Files.copy(published, copying, StandardCopyOption.REPLACE_EXISTING);
            if (Files.exists(walOf(published))) {
                Files.copy(walOf(published), buildingWal, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(copying, building, StandardCopyOption.ATOMIC_MOVE);
        }
        return building;
    }

    /**
     * Moves the private copy over the published file, after writing its log into it; does nothing when there is no
     * copy (already published, e.g. by the attempt a kill interrupted right after its rename).
     *
     * @return whether a copy was published
     */
    public boolean publish() throws IOException, SQLException {
        Path building = building();
        if (!Files.exists(building)) {
            return false;
        }
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + building);
             Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT");
        }
        if (Files.exists(walOf(building))) {
            throw new IOException("cannot publish " + building + ": its write-ahead log " + walOf(building)
                    + " is still there after a checkpoint; run 'ebpm nightly' again");
        }
        Files.deleteIfExists(walOf(published));
        Files.move(building, published, StandardCopyOption.ATOMIC_MOVE);
        return true;
    }

    private Path sibling(String suffix) {
        return published.resolveSibling(published.getFileName() + suffix);
    }

    private static Path walOf(Path database) {
        return database.resolveSibling(database.getFileName() + WAL);
    }

    @Override
    public String toString() {
        return published.toString();
    }
}
