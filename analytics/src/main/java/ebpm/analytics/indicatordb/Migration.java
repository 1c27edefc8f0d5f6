package ebpm.analytics.indicatordb;

import java.util.List;

/**
 * One version of the indicator database's schema: the DDL that brings a database from the version before to this
 * one, from {@code ebpm/indicatordb/migrations/V<version>__<description>.sql}.
 *
 * @param description the file name's words, e.g. {@code withdrawals}
 */
public record Migration(int version, String description, String sql) {

    public List<String> statements() {
        return SqlScript.statements(sql);
    }

    /** As the command line names it: {@code V3 (withdrawals)}. */
    @Override
    public String toString() {
        return "V" + version + " (" + description + ")";
    }
}
