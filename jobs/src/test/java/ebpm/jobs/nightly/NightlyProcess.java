package ebpm.jobs.nightly;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * {@code ebpm nightly} in a JVM of its own, as the scheduler starts it, so that a test can kill it with SIGKILL
 * ({@code kill -9}) at a chosen moment.
 */
final class NightlyProcess {

    private final Process process;
    private final Path output;

    private NightlyProcess(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    /** Starts the nightly run; {@code extraClasspath} entries are added before the application's own. */
    static NightlyProcess start(Path landing, Path work, Path... extraClasspath) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        // The same --add-opens flags the tests run with (Hadoop and Parquet need them on JDK 17).
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(argument -> argument.startsWith("--add-opens"))
                .forEach(command::add);
        command.add("-Xmx512m");
        command.add("-cp");
        List<String> classpath = new ArrayList<>();
        for (Path entry : extraClasspath) {
            classpath.add(entry.toAbsolutePath().toString());
        }
        classpath.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
        command.add(String.join(java.io.File.pathSeparator, classpath));
        command.add("ebpm.jobs.EbpmApplication");
        command.addAll(List.of("nightly", "--landing", landing.toString(), "--work", work.toString(),
                "--as-of", "2026-11-21"));
        Files.createDirectories(work);
        Path output = work.resolveSibling(work.getFileName() + "-nightly.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        return new NightlyProcess(process, output);
    }

    /** Waits until the condition holds while the run is still going; fails if the run ends first. */
    void awaitWhileRunning(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (!condition.getAsBoolean()) {
            if (!process.isAlive()) {
                throw new AssertionError("the nightly run ended (exit " + process.exitValue() + ") before " + what
                        + ":\n" + output());
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting for " + what + ":\n" + output());
            }
            Thread.sleep(5);
        }
    }

    /** Waits for the run to end by itself; its exit code. */
    int awaitExit() throws InterruptedException {
        if (!process.waitFor(3, java.util.concurrent.TimeUnit.MINUTES)) {
            throw new AssertionError("the nightly run did not end within 3 minutes:\n" + output());
        }
        return process.exitValue();
    }

    boolean printed(String text) {
        return output().contains(text);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL: the JVM gets no chance to run shutdown hooks, close files or roll back. */
    void killHard() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    String output() {
        try {
            return Files.exists(output) ? Files.readString(output, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "(output unreadable: " + e.getMessage() + ")";
        }
    }
}
