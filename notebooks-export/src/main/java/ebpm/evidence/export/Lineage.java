package ebpm.evidence.export;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * Where the numbers of an evidence table came from: the input files, the models applied,
 * the engine that ran them, and which run produced them when.
 *
 * @param sources     input files, in the order they are worth reading
 * @param models      names of the indicator models or queries applied; may be empty
 * @param engine      the engine that computed the table, e.g. {@code duckdb 1.4.0}
 * @param runId       identifier of the pipeline run, to find its logs
 * @param generatedAt  when the table was computed
 * @param publications the publications and landing sources the table draws on, in words a report cites them by
 *                     (e.g. {@code 神奈川県「入込観光客調査」}), from the project's seed {@code publications}
 */
public record Lineage(List<SourceFile> sources, List<String> models, String engine, String runId,
                      Instant generatedAt, List<String> publications) {

    // Planners read times in Japan time; the offset keeps the ISO text unambiguous.
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    public Lineage {
        sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
        models = List.copyOf(Objects.requireNonNull(models, "models"));
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(generatedAt, "generatedAt");
        publications = List.copyOf(Objects.requireNonNull(publications, "publications"));
    }

    /** A lineage that names no publication (a table built in code). */
    public Lineage(List<SourceFile> sources, List<String> models, String engine, String runId,
                   Instant generatedAt) {
        this(sources, models, engine, runId, generatedAt, List.of());
    }

    /** The day the table was computed in Japan time, e.g. {@code 2026-11-21}. */
    public String generatedOn() {
        return generatedAt.atZone(TOKYO).toLocalDate().toString();
    }

    /** When the table was computed, to the second in Japan time, e.g. {@code 2026-11-21T03:00:00+09:00}. */
    public String generatedAtIso() {
        return generatedAt.truncatedTo(ChronoUnit.SECONDS).atZone(TOKYO).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
