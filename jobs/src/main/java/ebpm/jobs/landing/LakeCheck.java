package ebpm.jobs.landing;

import ebpm.analytics.engine.DuckDbMemory;
import ebpm.analytics.engine.SqlText;
import ebpm.analytics.indicatordb.IngestManifest;
import ebpm.analytics.indicatordb.ManifestEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The lake against the manifest, before the indicators are computed: every lake file an {@code INGESTED} entry lists
 * must be there and be readable Parquet, else the figures would silently leave its rows out. A missing or unreadable
 * file is rebuilt from its landing file when that file is still in the landing folder with the same checksum (the
 * re-read of {@code ebpm reprocess}: written aside, renamed over the broken file, the entry updated), which also
 * rebuilds a whole lake for a new, empty work folder against an indicator database that lists every file. Where
 * the landing file is gone, nothing can rebuild it: the check fails naming both files and what to do.
 */
public final class LakeCheck {

    /** A lake file rebuilt tonight, as the summary names it. */
    public record Rebuilt(String lakeFile, String problem, String landingPath) {
        public String summary() {
            return "rebuilt lake file " + lakeFile + " (" + problem + ") from landing file " + landingPath;
        }
    }

    /** What the check found: the files it rebuilt, and how many the manifest lists. */
    public record Result(int lakeFiles, List<Rebuilt> rebuilt) {
    }

    /** A lake file that cannot be rebuilt: the night must not compute without its rows. */
    public static final class LakeFileLostException extends IllegalStateException {
        LakeFileLostException(String message) {
            super(message);
        }
    }

    private record Damaged(String lakeFile, String problem) {
    }

    private final Path landing;
    private final Path lake;
    private final IngestManifest manifest;
    private final ChecksumCache checksums;
    /** The ingest of a source, to read a landing file again. */
    private final Function<String, LandingIngest> ingestOf;

    public LakeCheck(Path landing, Path lake, IngestManifest manifest, ChecksumCache checksums,
                     Function<String, LandingIngest> ingestOf) {
        this.landing = landing;
        this.lake = lake;
        this.manifest = manifest;
        this.checksums = checksums;
        this.ingestOf = ingestOf;
    }

    /** @throws LakeFileLostException naming each lake file that is broken and cannot be rebuilt, and what to do */
    public Result run() throws IOException, SQLException {
        List<ManifestEntry> landed = manifest.entries().stream()
                .filter(entry -> ManifestEntry.INGESTED.equals(entry.status()))
                .filter(entry -> entry.lakeFile() != null && !entry.lakeFile().isBlank())
                .toList();
        Map<ManifestEntry, List<Damaged>> damaged = new LinkedHashMap<>();
        int lakeFiles = 0;
        try (Connection duckDb = DuckDbMemory.inMemory()) {
            for (ManifestEntry entry : landed) {
                for (String lakeFile : entry.lakeFile().split(";")) {
                    lakeFiles++;
                    problem(duckDb, lake.resolve(lakeFile)).ifPresent(problem ->
                            damaged.computeIfAbsent(entry, e -> new ArrayList<>()).add(new Damaged(lakeFile, problem)));
                }
            }
        }
        List<Rebuilt> rebuilt = new ArrayList<>();
        List<String> lost = new ArrayList<>();
        for (Map.Entry<ManifestEntry, List<Damaged>> broken : damaged.entrySet()) {
            ManifestEntry entry = broken.getKey();
            Optional<Path> landingFile = landingFile(entry);
            if (landingFile.isPresent()) {
                ingestOf.apply(entry.source()).reprocess(List.of(landingFile.get()), rows -> { });
                String landingPath = LandingFiles.landingPath(landing, landingFile.get());
                broken.getValue().forEach(file -> rebuilt.add(new Rebuilt(file.lakeFile(), file.problem(), landingPath)));
            } else {
                broken.getValue().forEach(file -> lost.add(lostMessage(entry, file)));
            }
        }
        checksums.save();
        if (!lost.isEmpty()) {
            throw new LakeFileLostException(lostSummary(landed.size(), damaged.size(), lost));
        }
        return new Result(lakeFiles, rebuilt);
    }

    /** Why the file cannot be read as Parquet, if it cannot: reading its row count reads its footer and schema. */
    private static Optional<String> problem(Connection duckDb, Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.of("missing");
        }
        try (Statement statement = duckDb.createStatement()) {
            statement.executeQuery("SELECT count(*) FROM read_parquet(" + SqlText.literal(file.toString()) + ")")
                    .close();
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of("not readable Parquet: " + e.getMessage().lines().findFirst().orElse("").strip());
        }
    }

    /** The landing file with the entry's content: at the path it was read from, else anywhere in its source folder. */
    private Optional<Path> landingFile(ManifestEntry entry) throws IOException {
        if (entry.landingPath() != null) {
            Path recorded = landing.resolve(entry.landingPath());
            if (Files.isRegularFile(recorded) && checksums.sha256(recorded).equals(entry.checksum())) {
                return Optional.of(recorded);
            }
        }
        for (Path file : LandingFiles.of(landing, entry.source())) {
            if (checksums.sha256(file).equals(entry.checksum())) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }

    private String lostMessage(ManifestEntry entry, Damaged file) {
        String landingPath = entry.landingPath() != null ? entry.landingPath() : entry.source() + "/" + entry.fileName();
        return "lake file " + lake.resolve(file.lakeFile()) + " is " + file.problem() + ", and its landing file "
                + ShownName.of(landing.resolve(landingPath).toString()) + " (sha256 " + entry.checksum().substring(0, 12)
                + "…) is no longer in the landing folder";
    }

    private String lostSummary(int landedFiles, int damagedFiles, List<String> lost) {
        StringBuilder message = new StringBuilder();
        if (damagedFiles == landedFiles) {
            message.append("the lake ").append(lake).append(" lacks every file the manifest of the indicator "
                    + "database lists (").append(landedFiles).append(" landing files): is --work the folder this "
                    + "indicator database belongs to? ");
        }
        message.append(lost.size()).append(lost.size() == 1 ? " lake file cannot" : " lake files cannot")
                .append(" be rebuilt, so the indicators would leave their rows out: ")
                .append(String.join("; ", lost.subList(0, Math.min(5, lost.size()))))
                .append(lost.size() > 5 ? "; … and " + (lost.size() - 5) + " more" : "")
                .append(". Put the landing file back (the same content, anywhere in its source's folder) or restore "
                        + "the lake file from a backup of the work folder, then run 'ebpm nightly' again");
        return message.toString();
    }
}
