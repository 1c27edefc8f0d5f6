package ebpm.jobs.status;

import ebpm.analytics.engine.DuckDbMemory;
import ebpm.analytics.engine.LakeViews;
import ebpm.analytics.indicatordb.ManifestEntry;
import ebpm.analytics.lake.LakeTable;
import ebpm.analytics.project.ClasspathFolder;
import ebpm.analytics.project.Project;
import ebpm.jobs.LandingSources;
import ebpm.jobs.landing.LandingSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How fresh each source is: the last file taken and when it first arrived, the latest period its landed rows state,
 * and whether the newest file is older than the project expects ({@code freshness_days} in {@code ebpm_project.yml})
 * — what a monitor asks every morning, from the manifest and the lake, without the job repository.
 */
public final class Freshness {

    /** Per lake table, the query of the latest period its rows state. */
    private static final ClasspathFolder LATEST_PERIOD = new ClasspathFolder(Freshness.class.getClassLoader(),
            "ebpm/status/latest-period/");

    /**
     * One source.
     *
     * @param lastTakenAt   when the newest file taken first arrived; null when none was
     * @param latestPeriod  e.g. {@code FY2020}, {@code 2021-12-31}, {@code CY 2021}; null when nothing landed
     * @param expectedDays  the days after which the source is overdue; null when the project expects nothing
     */
    public record SourceFreshness(String source, String lastFile, Instant lastTakenAt, String latestPeriod,
                                  Integer expectedDays, boolean overdue) {

        Map<String, Object> asJson() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("source", source);
            json.put("last_file", lastFile);
            json.put("last_taken_at", lastTakenAt == null ? null : lastTakenAt.toString());
            json.put("latest_period", latestPeriod);
            json.put("expected_days", expectedDays);
            json.put("overdue", overdue);
            return json;
        }
    }

    private Freshness() {
    }

    public static List<SourceFreshness> of(Project project, List<ManifestEntry> manifest, Path lake, Instant now)
            throws SQLException {
        List<SourceFreshness> sources = new ArrayList<>();
        try (Connection duckDb = DuckDbMemory.inMemory()) {
            for (LandingSource source : LandingSources.all(project, LocalDate.now(project.settings().timeZone()))) {
                Optional<ManifestEntry> newest = manifest.stream()
                        .filter(entry -> entry.source().equals(source.name()))
                        .filter(entry -> ManifestEntry.INGESTED.equals(entry.status()))
                        .max(Comparator.comparing(ManifestEntry::firstSeenAt));
                Integer expected = project.settings().freshnessDays().get(source.name());
                boolean overdue = expected != null && (newest.isEmpty()
                        || Duration.between(newest.get().firstSeenAt(), now).toDays() > expected);
                sources.add(new SourceFreshness(source.name(), newest.map(ManifestEntry::fileName).orElse(null),
                        newest.map(ManifestEntry::firstSeenAt).orElse(null),
                        latestPeriod(duckDb, source.lakeTable(), lake), expected, overdue));
            }
        }
        return sources;
    }

    /** The lines {@code ebpm status} prints. */
    public static List<String> lines(List<SourceFreshness> sources) {
        List<String> lines = new ArrayList<>();
        for (SourceFreshness source : sources) {
            lines.add(String.format("  %-13s %-11s last file %s%s%s", source.source(),
                    source.latestPeriod() == null ? "no data" : source.latestPeriod(),
                    source.lastFile() == null ? "none" : source.lastFile() + " (arrived " + source.lastTakenAt() + ")",
                    source.expectedDays() == null ? "" : "; expected every " + source.expectedDays() + " days",
                    source.overdue() ? "  OVERDUE" : ""));
        }
        return lines;
    }

    public static List<Map<String, Object>> json(List<SourceFreshness> sources) {
        return sources.stream().map(SourceFreshness::asJson).toList();
    }

    private static String latestPeriod(Connection duckDb, LakeTable table, Path lake) throws SQLException {
        try (Statement statement = duckDb.createStatement()) {
            statement.execute(LakeViews.createView(table, lake));
            try (ResultSet rows = statement.executeQuery(sql(table))) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    private static String sql(LakeTable table) {
        return LATEST_PERIOD.read(table.name() + ".sql");
    }
}
