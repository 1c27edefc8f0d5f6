package ebpm.analytics.indicatordb;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Brings an indicator database to the schema version this ebpm needs: applies the migrations it lacks, in order,
 * each in one transaction with the row of {@code schema_version} that records it, so a failure or a kill leaves the
 * database at the version before, never between two. Both databases change their tables inside a transaction.
 */
public final class SchemaMigration {

    /** PostgreSQL's insufficient_privilege: the role may not create or alter tables. */
    private static final String INSUFFICIENT_PRIVILEGE = "42501";
    static final String RECOGNISED = "recognised: made before ebpm kept schema_version";

    private SchemaMigration() {
    }

    /**
     * What a migration did.
     *
     * @param from       the version the database was at
     * @param recognised whether that version was told by the tables (a database made before ebpm kept
     *                   {@code schema_version}), and is now recorded
     * @param to         the version it is at now
     */
    public record Result(int from, boolean recognised, List<Migration> applied, int to) {

        /** e.g. {@code applied V2 (…), V3 (…), now at version 3}, or {@code already at version 3}. */
        public String describe() {
            String found = recognised && from > 0
                    ? "recognised as version " + from + " (made before ebpm kept schema_version); " : "";
            if (applied.isEmpty()) {
                return found.isEmpty() ? "already at version " + to : found + "now recorded";
            }
            return found + "applied " + applied.stream().map(Migration::toString).collect(Collectors.joining(", "))
                    + ", now at version " + to;
        }
    }

    /**
     * {@code ebpm db migrate}: applies what the database lacks and records its version, a database made before ebpm
     * kept {@code schema_version} included.
     *
     * @throws SchemaVersionException when the role may not change the tables, or a newer ebpm migrated them
     */
    public static Result migrate(Connection connection) throws SQLException {
        Migrations migrations = migrationsFor(connection);
        boolean recorded = SchemaVersion.recorded(connection);
        int from = SchemaVersion.of(connection);
        refuseNewer(from, migrations);
        List<Migration> missing = migrations.after(from);
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            if (!recorded) {
                inOneTransaction(connection, statement -> {
                    SchemaVersion.createTable(statement);
                    if (from > 0) {
                        SchemaVersion.record(connection, from, RECOGNISED, Instant.now());
                    }
                });
            }
            for (Migration migration : missing) {
                inOneTransaction(connection, statement -> {
                    for (String ddl : migration.statements()) {
                        statement.execute(ddl);
                    }
                    SchemaVersion.record(connection, migration.version(), migration.description(), Instant.now());
                });
            }
        } catch (SQLException e) {
            if (INSUFFICIENT_PRIVILEGE.equals(e.getSQLState())) {
                throw SchemaVersionException.behind(from, migrations.latest(), e);
            }
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        return new Result(from, !recorded, missing, migrations.latest());
    }

    /**
     * What every writer does on opening the database: nothing at all when it is at the version this ebpm needs (a
     * night's role needs no DDL then), else {@link #migrate}, which a role that may not change the tables refuses
     * with one line saying who should.
     *
     * @return what was applied; nothing when the database was up to date
     */
    public static Result upToDate(Connection connection) throws SQLException {
        Migrations migrations = migrationsFor(connection);
        int at = SchemaVersion.of(connection);
        refuseNewer(at, migrations);
        if (at == migrations.latest()) {
            return new Result(at, false, List.of(), at);
        }
        return migrate(connection);
    }

    /** The version a database is at, read without changing anything. */
    public static int versionOf(Connection connection) throws SQLException {
        return SchemaVersion.of(connection);
    }

    /** The version this ebpm needs a database of this connection's kind to be at. */
    public static int needed(Connection connection) throws SQLException {
        return migrationsFor(connection).latest();
    }

    private static Migrations migrationsFor(Connection connection) throws SQLException {
        return Migrations.forDatabase(connection.getMetaData().getDatabaseProductName());
    }

    private static void refuseNewer(int version, Migrations migrations) throws SchemaVersionException {
        if (version > migrations.latest()) {
            throw SchemaVersionException.ahead(version, migrations.latest());
        }
    }

    private interface Work {
        void run(Statement statement) throws SQLException;
    }

    private static void inOneTransaction(Connection connection, Work work) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            work.run(statement);
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        }
    }
}
