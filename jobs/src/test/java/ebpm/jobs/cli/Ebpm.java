package ebpm.jobs.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Runs the ebpm command in-process, as a user would from the shell, and keeps what it printed. */
public final class Ebpm {

    /** The repository's own sample landing zone (tests run in the module folder). */
    public static final Path SAMPLE_LANDING = Path.of("..", "sample-data", "landing").toAbsolutePath().normalize();

    public record Result(int exitCode, String out, String err) {
    }

    private Ebpm() {
    }

    public static synchronized Result run(String... args) {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream capturedOut = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream capturedErr = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            System.setOut(capturedOut);
            System.setErr(capturedErr);
            picocli.CommandLine commandLine = EbpmCommand.commandLine();
            commandLine.setOut(new java.io.PrintWriter(capturedOut, true));
            commandLine.setErr(new java.io.PrintWriter(capturedErr, true));
            int exitCode = commandLine.execute(args);
            return new Result(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }

    public static Result nightly(Path landing, Path work) {
        return run("nightly", "--landing", landing.toString(), "--work", work.toString(), "--as-of", "2026-11-21");
    }
}
