package ebpm.analytics.engine;

import ebpm.analytics.lake.LakeColumn;
import ebpm.analytics.lake.LakeTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The DuckDB SQL that exposes a lake table as the view {@code src_<name>}: a scan of its Parquet files,
 * or an empty view with the same columns when nothing has landed yet, so that models always compile.
 */
public final class LakeViews {

    private LakeViews() {
    }

    public static String createView(LakeTable table, Path lake) {
        Path folder = table.folder(lake);
        String select = hasParquet(folder) ? scan(table, folder) : empty(table);
        return "CREATE OR REPLACE TEMP VIEW " + table.sourceView() + " AS " + select;
    }

    /** The view over some of the table's files only (e.g. those of the partitions a night wrote), which must exist. */
    public static String createView(LakeTable table, List<Path> files) {
        String list = "[" + String.join(", ", files.stream().map(SqlText::literal).toList()) + "]";
        return "CREATE OR REPLACE TEMP VIEW " + table.sourceView() + " AS " + scan(table, list);
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

    private static boolean hasParquet(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.anyMatch(file -> file.getFileName().toString().endsWith(".parquet"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lake folder " + folder, e);
        }
    }
}
