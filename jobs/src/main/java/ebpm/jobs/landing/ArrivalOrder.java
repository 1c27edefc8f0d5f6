package ebpm.jobs.landing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The order in which a source's files apply: the order they arrived, never their names. A file arrived when ebpm
 * first saw its content (the manifest's {@code first_seen_at}; a file new tonight arrives tonight), and among
 * files first seen together, when it was last modified in the landing zone: a correction Windows saved as
 * {@code 施策 (2).csv} after {@code 施策.csv} applies after it, although its name sorts first. The landing path only
 * breaks a tie of equal times, so that the order is the same every time. The staging models order the lake's rows
 * the same way ({@code ingested_at}, then {@code source_modified_at}).
 */
public final class ArrivalOrder {

    /** When ebpm first saw a landing file's content. */
    @FunctionalInterface
    public interface FirstSeen {
        Instant of(Path file) throws IOException;
    }

    private record Arrival(Path file, Instant firstSeen, Instant modified) {
    }

    private ArrivalOrder() {
    }

    /** The files, first arrived first. */
    public static List<Path> sort(List<Path> files, FirstSeen firstSeen) throws IOException {
        List<Arrival> arrivals = new ArrayList<>();
        for (Path file : files) {
            arrivals.add(new Arrival(file, firstSeen.of(file), modified(file)));
        }
        return arrivals.stream()
                .sorted(Comparator.comparing(Arrival::firstSeen).thenComparing(Arrival::modified)
                        .thenComparing(Arrival::file))
                .map(Arrival::file)
                .toList();
    }

    /**
     * The landing file's last modification time as the lake's {@code source_modified_at} keeps it (to the
     * microsecond, Parquet's precision), so that this order and the models' order are the same.
     */
    public static Instant modified(Path file) throws IOException {
        return Files.getLastModifiedTime(file).toInstant().truncatedTo(ChronoUnit.MICROS);
    }
}
