package ebpm.analytics.lake;

/** One column of a lake table; {@code required} columns are never null in the Parquet files. */
public record LakeColumn(String name, ColumnType type, boolean required) {

    public static LakeColumn required(String name, ColumnType type) {
        return new LakeColumn(name, type, true);
    }

    public static LakeColumn optional(String name, ColumnType type) {
        return new LakeColumn(name, type, false);
    }
}
