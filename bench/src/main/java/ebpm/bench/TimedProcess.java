package ebpm.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a command under {@code /usr/bin/time -v}: its wall time, the peak resident memory of the process (and of
 * its largest child) and its output.
 */
record TimedProcess(double wallSeconds, long maxRssKb, int exitCode, String output) {

    private static final Pattern RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");

    static TimedProcess run(List<String> command, Map<String, String> environment, Path directory)
            throws IOException, InterruptedException {
        Path timeFile = Files.createTempFile("ebpm-bench-time", ".txt");
        List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-v", "-o", timeFile.toString()));
        timed.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(timed).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        long start = System.nanoTime();
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        int exit = process.waitFor();
        double wall = (System.nanoTime() - start) / 1e9;
        String time = Files.readString(timeFile);
        Files.deleteIfExists(timeFile);
        Matcher rss = RSS.matcher(time);
        return new TimedProcess(wall, rss.find() ? Long.parseLong(rss.group(1)) : -1, exit, output);
    }

    TimedProcess orFail(String what) {
        if (exitCode != 0) {
            String tail = output.length() > 4000 ? output.substring(output.length() - 4000) : output;
            throw new IllegalStateException(what + " exited with " + exitCode + ":\n" + tail);
        }
        return this;
    }

    double maxRssMiB() {
        return maxRssKb / 1024.0;
    }
}
