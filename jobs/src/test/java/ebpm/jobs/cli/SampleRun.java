package ebpm.jobs.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One nightly run over the repository's sample data, shared by the test classes that only read what it wrote:
 * a run over the whole sample takes seconds, and most tests need the same one. Tests that change a work folder
 * run their own.
 */
public final class SampleRun {

    private static Path work;
    private static Ebpm.Result result;

    private SampleRun() {
    }

    /** The work folder of the shared run, made on first use and removed when the JVM exits. */
    public static synchronized Path work() {
        if (work == null) {
            try {
                work = Files.createTempDirectory("ebpm-sample-run");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(work)));
            result = Ebpm.nightly(Ebpm.SAMPLE_LANDING, work);
            if (result.exitCode() != 0) {
                throw new IllegalStateException("the sample nightly run failed:\n" + result.out() + result.err());
            }
        }
        return work;
    }

    /** What the shared run printed. */
    public static synchronized Ebpm.Result result() {
        work();
        return result;
    }

    private static void deleteTree(Path root) {
        try {
            TestFolders.deleteTree(root);
        } catch (IOException ignored) {
            // best effort: the folder is under the system's temporary directory
        }
    }
}
