package ebpm.analytics.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The programs some tests look at the evidence with (Chromium, LibreOffice, poppler's pdfinfo), found on the PATH.
 * Missing on a developer's machine, the test is skipped; missing where {@code EBPM_REQUIRE_TEST_TOOLS=1} (CI, after
 * {@code .ci/install-test-tools}), the test fails naming the program, so CI never passes by skipping.
 *
 * <p>In the analytics test-jar, which the notebooks-export and jobs tests both depend on.
 */
public final class TestTools {

    static final String REQUIRE = "EBPM_REQUIRE_TEST_TOOLS";

    private TestTools() {
    }

    /** The program's path, e.g. {@code require("chromium")}; skips or fails the test when it is not installed. */
    public static Path require(String program) {
        Optional<Path> found = find(program);
        if (found.isEmpty()) {
            String message = program + " is not installed (on PATH); .ci/install-test-tools installs it";
            if ("1".equals(System.getenv(REQUIRE))) {
                fail(message + " — " + REQUIRE + "=1 requires it");
            }
            Assumptions.abort(message + ": skipped");
        }
        return found.get();
    }

    /**
     * The Python that re-runs notebooks as analysts would: Jupyter's kernel, pandas and the duckdb 1.x line, in the
     * virtual environment {@code .ci/install-test-tools} makes ({@code EBPM_TEST_PYTHON_HOME}, else
     * {@code ~/.cache/ebpm/test-python}); skips or fails the test as {@link #require} does when it is not there.
     */
    public static Path notebookPython() {
        Path home = Optional.ofNullable(System.getenv("EBPM_TEST_PYTHON_HOME")).map(Path::of)
                .orElse(Path.of(System.getProperty("user.home"), ".cache", "ebpm", "test-python"));
        Path python = home.resolve("bin").resolve("python");
        if (!Files.isExecutable(python)) {
            String message = "no notebook test Python at " + python + "; .ci/install-test-tools makes it";
            if ("1".equals(System.getenv(REQUIRE))) {
                fail(message + " — " + REQUIRE + "=1 requires it");
            }
            Assumptions.abort(message + ": skipped");
        }
        return python;
    }

    static Optional<Path> find(String program) {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        return Stream.of(path.split(File.pathSeparator))
                .filter(folder -> !folder.isBlank())
                .map(folder -> Path.of(folder, program))
                .filter(candidate -> Files.isRegularFile(candidate) && Files.isExecutable(candidate))
                .findFirst();
    }
}
