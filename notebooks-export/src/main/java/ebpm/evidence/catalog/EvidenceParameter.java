package ebpm.evidence.catalog;

/**
 * A filter an evidence table accepts, e.g. {@code fy}. Its value reaches SQL only as a bound parameter, through the
 * one-row {@code params} table the query reads.
 *
 * @param type       how the command-line text is read: {@code fiscal_year}
 * @param defaultSql a query returning the value to use when none is given (e.g. the latest fiscal year)
 */
public record EvidenceParameter(String name, String label, String type, String defaultSql) {
}
