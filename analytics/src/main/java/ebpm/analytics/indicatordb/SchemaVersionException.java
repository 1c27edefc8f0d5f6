package ebpm.analytics.indicatordb;

import java.sql.SQLException;

/**
 * The indicator database is not at the schema version this ebpm needs, and this connection cannot change that: one
 * line that says what to do, shown as it is instead of a stack trace.
 */
public final class SchemaVersionException extends SQLException {

    private SchemaVersionException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A role without DDL privileges (the night's, as the README sets it up) found the schema behind. */
    static SchemaVersionException behind(int at, int needed, Throwable cause) {
        return new SchemaVersionException("the indicator database is at schema version " + at + ", this ebpm needs "
                + needed + ": run 'ebpm db migrate' as the database owner", cause);
    }

    /** A newer ebpm migrated the database: this one would not know what its tables mean. */
    static SchemaVersionException ahead(int at, int known) {
        return new SchemaVersionException("the indicator database is at schema version " + at + ", newer than this "
                + "ebpm knows (" + known + "): run the ebpm that migrated it, or a newer one", null);
    }
}
