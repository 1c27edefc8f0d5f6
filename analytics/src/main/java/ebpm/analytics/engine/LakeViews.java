package ebpm.analytics.engine;

import ebpm.analytics.lake.LakeColumn;
import ebpm.analytics.lake.LakeTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The DuckDB SQL that exposes a lake table as the view {@code src_<name>}: a scan of its Parquet files (in a session,
 * of a copy of a small table read once), or an empty view with the same columns when nothing has landed yet, so that
 * models always compile.
 */
public final class LakeViews {

    /**
     * Below this many bytes of Parquet, a session reads a lake table once ({@link #inSession}). Every view and query
     * that reads a lake table binds its scan again, and a scan that unions its files by name reads each file's footer:
     * 10–15 ms a view over the health evaluations' 231 small files (1.1 MB), for every model of every session, and
     * more with each night's files. A copy holds the rows uncompressed, several times their Parquet size, for as long
     * as the session (the web app's for hours): 4 MiB keeps it to tens of megabytes.
     */
    static final long COPIED_BELOW_BYTES = 4L << 20;

    /** How a session gets a lake table's view: {@code copy} fills the table the view reads, if there is one. */
    public record SessionView(Optional<String> copy, String view) {
    }

    private LakeViews() {
    }

    public static String createView(LakeTable table, Path lake) {
        Path folder = table.folder(lake);
        return view(table, ParquetFiles.in(folder).any() ? scan(table, folder) : empty(table));
    }

    /**
     * The lake table's view in a session: a small table (below {@value #COPIED_BELOW_BYTES} bytes of Parquet) is first
     * read into a temporary table {@code lake_<name>} and the view reads that copy, so that binding a model no longer
     * reads the files; a larger one is scanned where it lies.
     */
    public static SessionView inSession(LakeTable table, Path lake) {
        Path folder = table.folder(lake);
        ParquetFiles files = ParquetFiles.in(folder);
        if (!files.any()) {
            return new SessionView(Optional.empty(), view(table, empty(table)));
        }
        if (files.bytes() >= COPIED_BELOW_BYTES) {
            return new SessionView(Optional.empty(), view(table, scan(table, folder)));
        }
        String copy = "lake_" + table.name();
        return new SessionView(Optional.of("CREATE OR REPLACE TEMP TABLE " + copy + " AS " + scan(table, folder)),
                view(table, "SELECT * FROM " + copy));
    }

    /** The view over some of the table's files only (e.g. those of the partitions a night wrote), which must exist. */
    public static String createView(LakeTable table, List<Path> files) {
        String list = "[" + String.join(", ", files.stream().map(SqlText::literal).toList()) + "]";
        return view(table, scan(table, list));
    }

    private static String view(LakeTable table, String select) {
        return "CREATE OR REPLACE TEMP VIEW " + table.sourceView() + " AS " + select;
    }

    private static String scan(LakeTable table, Path folder) {
        return scan(table, SqlText.literal(folder.resolve("**").resolve("*.parquet")));
    }

    private static String scan(LakeTable table, String files) {
        String partitionTypes = table.partition()
                .map(p -> ", hive_partitioning = true, hive_types = {" + SqlText.literal(p.name()) + ": "
                        + p.type().sqlType() + "}")
                .orElse(", hive_partitioning = false");
        // union_by_name reads a column some files lack as NULL, but knows no column that no file has: the lake
        // table's typed empty row set goes first, so that a column added to the contract (source_modified_at) reads
        // as NULL from lake files all written before it existed, as Spark reads them by the declared schema.
        return "SELECT " + String.join(", ", columnNames(table)) + " FROM (" + empty(table)
                + " UNION ALL BY NAME SELECT * FROM read_parquet(" + files + ", union_by_name = true"
                + partitionTypes + "))";
    }

    private static String empty(LakeTable table) {
        List<String> columns = new ArrayList<>();
        for (LakeColumn column : allColumns(table)) {
            columns.add("CAST(NULL AS " + column.type().sqlType() + ") AS " + column.name());
        }
        return "SELECT " + String.join(", ", columns) + " WHERE false";
    }

    private static List<String> columnNames(LakeTable table) {
        return allColumns(table).stream().map(LakeColumn::name).toList();
    }

    private static List<LakeColumn> allColumns(LakeTable table) {
        List<LakeColumn> columns = new ArrayList<>();
        table.partition().ifPresent(columns::add);
        columns.addAll(table.columns());
        return columns;
    }

    /** The lake table's Parquet files, in the order of their paths. */
    public static List<Path> files(LakeTable table, Path lake) {
        return ParquetFiles.in(table.folder(lake)).files();
    }

    /** A folder's Parquet files and their bytes. */
    private record ParquetFiles(List<Path> files, long bytes) {

        boolean any() {
            return !files.isEmpty();
        }

        static ParquetFiles in(Path folder) {
            if (!Files.isDirectory(folder)) {
                return new ParquetFiles(List.of(), 0);
            }
            List<Path> parquet = new ArrayList<>();
            long bytes = 0;
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : (Iterable<Path>) files.sorted()::iterator) {
                    if (file.getFileName().toString().endsWith(".parquet")) {
                        parquet.add(file);
                        bytes += sizeOrZero(file);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read lake folder " + folder, e);
            }
            return new ParquetFiles(parquet, bytes);
        }

        /** A file that went meanwhile (a night clearing its leftovers) counts as none. */
        private static long sizeOrZero(Path file) throws IOException {
            try {
                return Files.size(file);
            } catch (NoSuchFileException gone) {
                return 0;
            }
        }
    }
}
