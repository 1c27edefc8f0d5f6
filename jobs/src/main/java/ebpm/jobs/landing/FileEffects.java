package ebpm.jobs.landing;

import ebpm.analytics.engine.DuckDbMemory;
import ebpm.analytics.engine.LakeViews;
import ebpm.analytics.indicatordb.ManifestEntry;
import ebpm.analytics.lake.LakeTable;
import ebpm.analytics.project.ClasspathFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What tonight's files of one source did to the keys it replaces by (each source's {@code keys/<table>.sql} says
 * its key, as its staging model keys it): per file, the keys it replaced and added, and the keys of its scope it
 * left as they were; and the keys two of tonight's files state differently, with the file that counts. Read with
 * DuckDB from the lake partitions tonight's files wrote, so the work grows with tonight's files, not the lake.
 */
public final class FileEffects {

    private static final ClasspathFolder RESOURCES = new ClasspathFolder(FileEffects.class.getClassLoader(),
            "ebpm/landing/");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** One file's effect; {@code leftAsTheyWere} is null where the file stands for its keys only (no scope). */
    public record Effect(String scope, long added, long replaced, long superseded, Long leftAsTheyWere) {

        /** e.g. {@code keys: 2 replaced, 0 added, 74 of FY2020 left as they were}. */
        public String summary() {
            StringBuilder line = new StringBuilder(String.format("keys: %d replaced, %d added", replaced, added));
            if (leftAsTheyWere != null) {
                line.append(String.format(", %d of %s left as they were", leftAsTheyWere, scope));
            }
            if (superseded > 0) {
                line.append(String.format(", %d already replaced by files that arrived after it", superseded));
            }
            return line.toString();
        }

    }

    /** Keys that tonight's {@code files} (in arrival order) state differently, and the file whose rows count. */
    public record Conflict(List<String> files, String winner, OffsetDateTime winnerModified, boolean byPrecedence,
                           long keys, String example) {

        /**
         * e.g. {@code conflict: 1 key stated differently by a.csv and a (2).csv (e.g. …); a (2).csv counts (the last
         * to arrive, modified 2026-11-20 18:05:00)}, times in the office's zone.
         */
        public String summary(ZoneId zone) {
            String why = byPrecedence ? "a final figure (確報) over a preliminary one"
                    : "the last to arrive" + (winnerModified == null ? ""
                    : ", modified " + TIME.format(winnerModified.atZoneSameInstant(zone)));
            return String.format("conflict: %d key%s stated differently by %s (e.g. %s); %s counts (%s)", keys,
                    keys == 1 ? "" : "s", String.join(" and ", files), example, winner, why);
        }
    }

    public record Result(Map<String, Effect> byChecksum, List<Conflict> conflicts) {

        public static final Result NONE = new Result(Map.of(), List.of());
    }

    private FileEffects() {
    }

    /**
     * The effects of {@code tonight} (manifest entries of this run; those that wrote no lake file are left out) on
     * the lake table of their source.
     */
    public static Result of(LakeTable table, Path lake, List<ManifestEntry> tonight) throws SQLException {
        List<ManifestEntry> landed = tonight.stream()
                .filter(entry -> entry.lakeFile() != null && !entry.lakeFile().isBlank()).toList();
        List<Path> files = lakeFilesBeside(lake, landed);
        if (files.isEmpty()) {
            return Result.NONE;
        }
        try (Connection duckDb = DuckDbMemory.inMemory();
             Statement statement = duckDb.createStatement()) {
            statement.execute(LakeViews.createView(table, files));
            statement.execute("CREATE TEMP TABLE night_files (source_checksum VARCHAR)");
            try (PreparedStatement insert = duckDb.prepareStatement("INSERT INTO night_files VALUES (?)")) {
                for (ManifestEntry entry : landed) {
                    insert.setString(1, entry.checksum());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            // One name for the source's rows, so that the SQL shared by every source reads them.
            statement.execute("CREATE TEMP VIEW lake_rows AS SELECT * FROM " + table.sourceView());
            statement.execute("CREATE TEMP TABLE file_arrivals AS " + sql("file_arrivals.sql"));
            statement.execute("CREATE TEMP TABLE file_keys AS " + sql("keys/" + table.name() + ".sql"));
            statement.execute("CREATE TEMP TABLE held_keys AS " + sql("held_keys.sql"));
            return new Result(effects(statement), conflicts(statement));
        }
    }

    private static Map<String, Effect> effects(Statement statement) throws SQLException {
        Map<String, Effect> effects = new LinkedHashMap<>();
        try (ResultSet rows = statement.executeQuery(sql("file_effects.sql"))) {
            while (rows.next()) {
                long left = rows.getLong("left_as_they_were");
                Long leftAsTheyWere = rows.wasNull() ? null : left;
                effects.put(rows.getString("source_checksum"), new Effect(rows.getString("scope"),
                        rows.getLong("added"), rows.getLong("replaced"), rows.getLong("superseded"), leftAsTheyWere));
            }
        }
        return effects;
    }

    private static List<Conflict> conflicts(Statement statement) throws SQLException {
        List<Conflict> conflicts = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(sql("key_conflicts.sql"))) {
            while (rows.next()) {
                conflicts.add(new Conflict(List.of(rows.getString("files").split(" \\| ")), rows.getString("winner"),
                        rows.getObject("source_modified_at", OffsetDateTime.class), rows.getBoolean("by_precedence"),
                        rows.getLong("keys"), rows.getString("example")));
            }
        }
        return conflicts;
    }

    /**
     * Every lake file in the partition folders tonight's files wrote into: the files tonight's keys are compared
     * with (for an unpartitioned table, the whole table, which is small).
     */
    private static List<Path> lakeFilesBeside(Path lake, List<ManifestEntry> landed) {
        Set<Path> folders = new LinkedHashSet<>();
        for (ManifestEntry entry : landed) {
            for (String file : entry.lakeFile().split(";")) {
                folders.add(lake.resolve(file).getParent());
            }
        }
        List<Path> files = new ArrayList<>();
        for (Path folder : folders) {
            try (Stream<Path> list = Files.list(folder)) {
                list.filter(file -> file.getFileName().toString().endsWith(".parquet"))
                        .filter(file -> !file.getFileName().toString().startsWith("."))
                        .sorted()
                        .forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list lake folder " + folder, e);
            }
        }
        return files;
    }

    private static String sql(String name) {
        return RESOURCES.read(name);
    }
}
