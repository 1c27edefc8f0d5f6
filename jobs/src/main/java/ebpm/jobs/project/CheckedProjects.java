package ebpm.jobs.project;

import ebpm.analytics.checksum.Sha256;
import ebpm.analytics.project.Project;
import ebpm.analytics.project.ProjectFile;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers the projects that passed {@link ProjectCheck} on this machine, so a night whose project, ebpm and DuckDB
 * are the same as at an earlier clean check does not prepare every SQL again (about a second and a half of the sample night).
 * The check's outcome depends on nothing else: it runs against the lake's declared columns, not its files. A
 * project that failed is never remembered, so it is checked again each night until it is fixed. Kept as one empty
 * file per fingerprint under the user's cache folder ({@code $XDG_CACHE_HOME/ebpm}, else {@code ~/.cache/ebpm}),
 * beside the class-data-sharing archive; where that cannot be written, every night checks.
 */
public final class CheckedProjects {

    private static final Logger log = LoggerFactory.getLogger(CheckedProjects.class);

    private final Path folder;
    /** ebpm's and DuckDB's builds; empty where they cannot be told apart from another build. */
    private final Optional<String> code;

    CheckedProjects(Path folder, Optional<String> code) {
        this.folder = folder;
        this.code = code;
    }

    public static CheckedProjects inUserCache() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path cache = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".cache");
        Optional<String> ebpm = buildOf(ProjectCheck.class);
        Optional<String> duckDb = buildOf(org.duckdb.DuckDBDriver.class);
        return new CheckedProjects(cache.resolve("ebpm").resolve("checked-projects"),
                ebpm.isPresent() && duckDb.isPresent() ? Optional.of(ebpm.get() + "\n" + duckDb.get())
                        : Optional.empty());
    }

    /** The problems of the project: none at once if this very project passed before, else {@link ProjectCheck}'s. */
    public ProjectProblems check(Project project) throws SQLException, IOException {
        Optional<Path> marker = marker(project);
        if (marker.isPresent() && Files.exists(marker.get())) {
            log.info("project {} passed its check before (unchanged, same ebpm and DuckDB): not checked again",
                    project.description());
            return new ProjectProblems(List.of());
        }
        ProjectProblems problems = ProjectCheck.againstDeclaredColumns(project);
        if (problems.none() && marker.isPresent()) {
            remember(marker.get());
        }
        return problems;
    }

    private void remember(Path marker) {
        try {
            Files.createDirectories(marker.getParent());
            Files.write(marker, new byte[0]);
        } catch (IOException e) {
            log.debug("cannot remember the clean check in {}: {}", marker, e.toString());
        }
    }

    private Optional<Path> marker(Project project) {
        if (code.isEmpty()) {
            return Optional.empty();
        }
        String files = project.fingerprint(project.files().stream().map(ProjectFile::path).toList());
        return Optional.of(folder.resolve(Sha256.hex(code.get() + "\n" + files)));
    }

    /** The jar a class was loaded from, by path, size and time: a rebuilt or upgraded jar is another build. */
    private static Optional<String> buildOf(Class<?> code) {
        try {
            Path jar = Path.of(code.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(jar)) {
                return Optional.empty(); // classes in a folder (a test run): any file in it may have changed
            }
            return Optional.of(jar + "|" + Files.size(jar) + "|" + Files.getLastModifiedTime(jar).toMillis());
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
