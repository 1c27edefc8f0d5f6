package ebpm.analytics.lake;

/** The column types the lake uses; each maps to one Parquet physical type and one SQL type. */
public enum ColumnType {
    STRING("VARCHAR"),
    INT("INTEGER"),
    LONG("BIGINT"),
    DOUBLE("DOUBLE"),
    BOOLEAN("BOOLEAN"),
    /** A calendar day, stored in Parquet as days since 1970-01-01. */
    DATE("DATE"),
    /** An instant, stored in Parquet as UTC microseconds (adjusted to UTC). */
    TIMESTAMP("TIMESTAMP WITH TIME ZONE");

    private final String sqlType;

    ColumnType(String sqlType) {
        this.sqlType = sqlType;
    }

    public String sqlType() {
        return sqlType;
    }
}
