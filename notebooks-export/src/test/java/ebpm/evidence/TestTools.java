package ebpm.evidence;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * The programs some tests look at the evidence with (LibreOffice, poppler, Chromium). Where one is missing the
 * test is skipped, so a developer without them can still run the suite; where {@code EBPM_REQUIRE_TEST_TOOLS=1}
 * (CI, after {@code .ci/install-test-tools}) it fails instead, naming the program, so nothing goes untested there.
 */
public final class TestTools {

    static final String REQUIRE = "EBPM_REQUIRE_TEST_TOOLS";

    private TestTools() {
    }

    /** The program's path on the PATH; skips the test without it, or fails it when the tools are required. */
    public static Path require(String program) {
        Optional<Path> found = find(program);
        if (found.isEmpty()) {
            String message = program + " is not on the PATH (.ci/install-test-tools installs it)";
            if ("1".equals(System.getenv(REQUIRE))) {
                throw new AssertionError(message + "; " + REQUIRE + "=1 requires it");
            }
            Assumptions.abort(message + "; skipped");
        }
        return found.get();
    }

    static Optional<Path> find(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String folder : path.split(File.pathSeparator)) {
            Path candidate = Path.of(folder, program);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
