package ebpm.spark;

import ebpm.analytics.lake.ColumnType;
import ebpm.analytics.lake.LakeColumn;
import ebpm.analytics.lake.LakeTable;
import ebpm.analytics.lake.LakeTables;
import ebpm.analytics.project.ReferenceTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The lake on Spark, as DuckDB sees it ({@code LakeViews}): each lake table is the view {@code src_<name>} over its
 * Hive-partitioned Parquet files, with the columns and types of {@link LakeTables} (partition column first), or an
 * empty view of the same shape when nothing has landed yet, so that models always compile.
 */
final class SparkLakeViews {

    private SparkLakeViews() {
    }

    static void register(SparkSession spark, String lake) {
        for (LakeTable table : LakeTables.ALL) {
            read(spark, table, lake).createOrReplaceTempView(table.sourceView());
        }
    }

    /**
     * The project's reference tables (seeds, {@code project_vars}) as views of their rows, built from the values
     * rather than SQL text, so that no value is read as Spark SQL (where a backslash in a literal is an escape).
     */
    static void register(SparkSession spark, Collection<ReferenceTable> tables) {
        for (ReferenceTable table : tables) {
            List<StructField> fields = table.columns().stream().map(SparkLakeViews::field).toList();
            List<Row> rows = table.rows().stream().map(values -> RowFactory.create(values.toArray())).toList();
            spark.createDataFrame(rows, DataTypes.createStructType(fields)).createOrReplaceTempView(table.name());
        }
    }

    static Dataset<Row> read(SparkSession spark, LakeTable table, String lake) {
        String folder = (lake.endsWith("/") ? lake : lake + "/") + table.name();
        StructType schema = schema(table);
        if (!hasParquet(spark, folder)) {
            return spark.createDataFrame(List.of(), schema);
        }
        // The schema is given, not inferred: the partition column keeps its declared type, and a column that older
        // files lack reads as NULL (as DuckDB's union_by_name does). Files being written aside start with '.' and
        // are skipped by Spark as by DuckDB's *.parquet glob.
        Dataset<Row> files = spark.read().schema(schema).option("pathGlobFilter", "*.parquet").parquet(folder);
        return files.select(columnsInOrder(schema));
    }

    /** The lake table's columns with the partition column first, as Spark types. */
    static StructType schema(LakeTable table) {
        List<StructField> fields = new ArrayList<>();
        table.partition().ifPresent(partition -> fields.add(field(partition)));
        table.columns().forEach(column -> fields.add(field(column)));
        return DataTypes.createStructType(fields);
    }

    private static StructField field(LakeColumn column) {
        return DataTypes.createStructField(column.name(), sparkType(column.type()), true);
    }

    /** Spark's type for each lake column type; an instant is TimestampType (Spark's TIMESTAMP WITH LOCAL TIME ZONE). */
    static DataType sparkType(ColumnType type) {
        return switch (type) {
            case STRING -> DataTypes.StringType;
            case INT -> DataTypes.IntegerType;
            case LONG -> DataTypes.LongType;
            case DOUBLE -> DataTypes.DoubleType;
            case BOOLEAN -> DataTypes.BooleanType;
            case DATE -> DataTypes.DateType;
            case TIMESTAMP -> DataTypes.TimestampType;
        };
    }

    private static Column[] columnsInOrder(StructType schema) {
        return java.util.Arrays.stream(schema.fieldNames()).map(functions::col).toArray(Column[]::new);
    }

    /** Any Parquet file below the folder, on whatever file system the lake lives (file, hdfs, s3a). */
    private static boolean hasParquet(SparkSession spark, String folder) {
        Path path = new Path(folder);
        try {
            FileSystem fileSystem = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
            if (!fileSystem.exists(path)) {
                return false;
            }
            RemoteIterator<LocatedFileStatus> files = fileSystem.listFiles(path, true);
            while (files.hasNext()) {
                String name = files.next().getPath().getName();
                if (name.endsWith(".parquet") && !name.startsWith(".") && !name.startsWith("_")) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lake folder " + folder, e);
        }
    }
}
