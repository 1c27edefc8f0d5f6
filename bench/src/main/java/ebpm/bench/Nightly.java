package ebpm.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code ./ebpm nightly} process, cold (a fresh JVM, as the scheduler starts it): wall time, peak resident
 * memory, and the time of each Spring Batch step as the run summary reports it.
 */
record Nightly(TimedProcess process, Map<String, Double> stepSeconds) {

    /** A summary line: {@code   ingestTourism-pv      COMPLETED    10001813   10001813          0    50.6s}. */
    private static final Pattern STEP = Pattern.compile(
            "(?m)^\\s+(\\w[\\w-]*)( \\*)?\\s+COMPLETED\\s+\\d+\\s+\\d+\\s+\\d+\\s+([\\d.]+)s\\s*$");

    static Nightly run(Path root, Path landing, Path work, String asOf, String javaOptions, String... extra)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(root.resolve("ebpm").toString(), "nightly",
                "--landing", landing.toString(), "--work", work.toString(), "--as-of", asOf));
        command.addAll(List.of(extra));
        TimedProcess process = TimedProcess.run(command, Map.of("EBPM_JAVA_OPTS", javaOptions), root)
                .orFail("ebpm nightly --work " + work);
        Map<String, Double> steps = new LinkedHashMap<>();
        Matcher step = STEP.matcher(process.output());
        while (step.find()) {
            steps.put(step.group(1), Double.parseDouble(step.group(3)));
        }
        return new Nightly(process, steps);
    }

    double step(String name) {
        Double seconds = stepSeconds.get(name);
        if (seconds == null) {
            throw new IllegalStateException("no step " + name + " in the run summary: " + stepSeconds.keySet());
        }
        return seconds;
    }

    /** The time of every step together. */
    double allSteps() {
        return stepSeconds.values().stream().mapToDouble(Double::doubleValue).sum();
    }
}
