package ebpm.jobs.landing;

/**
 * One lake row: values in the lake table's column order, provenance columns left null for the ingest to fill.
 *
 * @param partitionValue value of the table's partition column (null for unpartitioned tables)
 */
public record MappedRow(Object partitionValue, Object[] values) {
}
