package ebpm.evidence.query;

/**
 * An evidence table cannot be built yet because the data its default filter is chosen from is not there: the
 * parameter's {@code default_sql} (e.g. the latest fiscal year) found nothing. It is the one expected way a table
 * is missing from a young work folder, so the nightly pack skips it; anything else that goes wrong is an error.
 */
public final class NoDataYetException extends RuntimeException {

    private final String table;
    private final String parameter;

    public NoDataYetException(String table, String parameter) {
        super("no data for " + table + " yet: run 'ebpm nightly' first, or give --" + parameter);
        this.table = table;
        this.parameter = parameter;
    }

    /** The evidence table that has no data yet. */
    public String table() {
        return table;
    }

    /** The filter whose default found nothing. */
    public String parameter() {
        return parameter;
    }
}
