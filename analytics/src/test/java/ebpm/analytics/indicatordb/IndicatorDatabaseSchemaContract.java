package ebpm.analytics.indicatordb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ebpm.analytics.engine.IndicatorValue;
import ebpm.analytics.engine.ValueStatus;
import ebpm.analytics.project.ClasspathFolder;
import ebpm.analytics.withdrawal.Withdrawal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How an indicator database gets to the schema this ebpm needs, on every store it runs on: versioned migrations
 * recorded in schema_version, and databases made by the ebpm before versions were kept (their DDL kept in
 * {@code ebpm/indicatordb/legacy/}) recognised and brought up to date with their rows.
 */
abstract class IndicatorDatabaseSchemaContract {

    private static final String CHECKSUM = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final Instant FIRST_NIGHT = Instant.parse("2021-07-01T17:00:00Z");
    private static final Instant SECOND_NIGHT = Instant.parse("2021-07-02T17:00:00Z");
    private static final ClasspathFolder LEGACY = new ClasspathFolder(
            IndicatorDatabaseSchemaContract.class.getClassLoader(), "ebpm/indicatordb/legacy");

    private IndicatorStore store;

    /** A new, empty store for one test. */
    abstract IndicatorStore newStore() throws Exception;

    @BeforeEach
    void newDatabase() throws Exception {
        store = newStore();
    }

    @Test
    void aNewDatabaseGetsEveryVersionInOrderAndAMigratedOneNothing() throws SQLException {
        assertThat(store.migrate().describe()).isEqualTo("applied V1 (indicators and ingest manifest), "
                + "V2 (manifest keeps landing path rules and first seen), V3 (withdrawals), "
                + "V4 (values carry their status), now at version 4");

        assertThat(store.migrate().describe()).isEqualTo("already at version 4");
        assertThat(rows("SELECT version, description FROM schema_version ORDER BY version")).containsExactly(
                List.of(1, "indicators and ingest manifest"),
                List.of(2, "manifest keeps landing path rules and first seen"),
                List.of(3, "withdrawals"),
                List.of(4, "values carry their status"));
    }

    @Test
    void openingANewDatabaseMigratesItAsTheDefaultDuckDbFileNeedsNoSetup() throws SQLException {
        try (IndicatorDatabase database = store.open()) {
            assertThat(database.manifest().entries()).isEmpty();
            assertThat(database.withdrawals().all()).isEmpty();
        }

        assertThat(rows("SELECT max(version) FROM schema_version")).containsExactly(List.of(4));
    }

    @Test
    void aDatabaseOfTheFirstReleaseIsBroughtUpToDateOnOpeningAndKeepsItsRows() throws SQLException {
        made("first_release.sql");
        execute("INSERT INTO ingest_manifest VALUES ('measures', 'sheet.csv', '" + CHECKSUM + "', 'INGESTED', 77, 76, "
                + "1, NULL, NULL, NULL, 'run-1', CAST('2021-07-01 17:00:00+00' AS TIMESTAMP WITH TIME ZONE))");

        try (IndicatorDatabase database = store.open()) {
            ManifestEntry old = database.manifest().find("measures", CHECKSUM).orElseThrow();
            assertThat(old.landingPath()).isNull();
            assertThat(old.rulesFingerprint()).isNull();
            assertThat(old.firstSeenAt()).as("first seen when it was ingested").isEqualTo(FIRST_NIGHT);
            database.manifest().record(new ManifestEntry("measures", "sheet.csv", CHECKSUM, ManifestEntry.INGESTED,
                    77, 77, 0, null, "measures/fiscal_year=2020/sheet_9f86d081884c.parquet", null, "run-2",
                    SECOND_NIGHT, "measures/sheet.csv", "", SECOND_NIGHT));
            database.withdrawals().record(Withdrawal.of("health", "health_evaluations", List.of("a.csv"),
                    List.of(CHECKSUM), List.of(), 21, "重複送付", "cdo-operator", SECOND_NIGHT));
        }

        assertThat(rows("SELECT rows_rejected, landing_path, rules_fingerprint, first_seen_at FROM ingest_manifest"))
                .containsExactly(List.of(0L, "measures/sheet.csv", "", FIRST_NIGHT));
        assertThat(rows("SELECT version, description FROM schema_version ORDER BY version")).containsExactly(
                List.of(1, SchemaMigration.RECOGNISED),
                List.of(2, "manifest keeps landing path rules and first seen"),
                List.of(3, "withdrawals"),
                List.of(4, "values carry their status"));
    }

    @Test
    void valuesStoredBeforeTheStatusWasKeptHaveNoneUntilANightComputesThemAgain() throws SQLException {
        made("before_schema_version.sql");
        execute("INSERT INTO indicator_value VALUES ('tourism_visitors', '140007', '全体', 'CY', '2019', 204670000, "
                + "NULL, 'run-1', CAST('2021-07-01 17:00:00+00' AS TIMESTAMP WITH TIME ZONE))");
        execute("INSERT INTO indicator_value_history VALUES ('tourism_visitors', '140007', '全体', 'CY', '2019', "
                + "204670000, NULL, 'run-1', CAST('2021-07-01 17:00:00+00' AS TIMESTAMP WITH TIME ZONE), false)");

        assertThat(store.migrate().describe()).isEqualTo("recognised as version 3 (made before ebpm kept "
                + "schema_version); applied V4 (values carry their status), now at version 4");
        assertThat(rows("SELECT value_status FROM indicator_value")).containsExactly(Arrays.asList((Object) null));

        // The next night computes the same figure, published as final: its status is filled in, and since
        // nothing published about it changed, the history gains no row.
        try (IndicatorDatabase database = store.open()) {
            assertThat(database.upsert("tourism_visitors", List.of(new IndicatorValue("tourism_visitors", "140007",
                    "全体", "CY", "2019", 204_670_000.0, null, ValueStatus.FINAL)), "run-2", SECOND_NIGHT)).isZero();
        }
        assertThat(rows("SELECT value_status, run_id FROM indicator_value")).containsExactly(List.of("確報", "run-1"));
        assertThat(rows("SELECT value_status, run_id FROM indicator_value_history"))
                .containsExactly(Arrays.asList(null, "run-1"));
    }

    @Test
    void aDatabaseMadeJustBeforeVersionsWereKeptIsRecognisedAtVersion3AndBroughtUpToDateOnOpening()
            throws SQLException {
        made("before_schema_version.sql");

        try (IndicatorDatabase database = store.open()) {
            database.withdrawals().record(Withdrawal.of("health", "health_evaluations", List.of("a.csv"),
                    List.of(CHECKSUM), List.of(), 21, "重複送付", "cdo-operator", FIRST_NIGHT));
        }

        assertThat(rows("SELECT version, description FROM schema_version ORDER BY version")).containsExactly(
                List.of(3, SchemaMigration.RECOGNISED), List.of(4, "values carry their status"));
        assertThat(store.migrate().describe()).isEqualTo("already at version 4");
    }

    @Test
    void aDatabaseHoldingPartOfALaterVersionIsRecognisedAtTheLastVersionItHoldsWhole() throws SQLException {
        made("first_release.sql");
        // The withdrawal table came in a release that also added the manifest's columns: a database that had one
        // without the other is at version 1, and versions 2 and 3 apply over what it has.
        execute("CREATE TABLE withdrawal (id BIGINT PRIMARY KEY, source VARCHAR NOT NULL, lake_table VARCHAR NOT NULL, "
                + "file_name VARCHAR NOT NULL, checksum VARCHAR NOT NULL, row_key VARCHAR, rows_withdrawn BIGINT NOT "
                + "NULL, reason VARCHAR NOT NULL, withdrawn_by VARCHAR NOT NULL, withdrawn_at TIMESTAMP WITH TIME ZONE "
                + "NOT NULL, undone_by VARCHAR, undone_at TIMESTAMP WITH TIME ZONE, undo_reason VARCHAR)");

        assertThat(store.migrate().describe()).isEqualTo("recognised as version 1 (made before ebpm kept "
                + "schema_version); applied V2 (manifest keeps landing path rules and first seen), V3 (withdrawals), "
                + "V4 (values carry their status), now at version 4");
        try (IndicatorDatabase database = store.open()) {
            assertThat(database.withdrawals().all()).isEmpty();
        }
    }

    @Test
    void aDatabaseANewerEbpmMigratedIsRefusedInOneLine() throws SQLException {
        store.migrate();
        execute("INSERT INTO schema_version VALUES (5, 'from a later ebpm', CAST('2027-04-01 00:00:00+00' AS "
                + "TIMESTAMP WITH TIME ZONE))");

        assertThatThrownBy(() -> store.open()).isInstanceOf(SchemaVersionException.class)
                .hasMessage("the indicator database is at schema version 5, newer than this ebpm knows (4): run the "
                        + "ebpm that migrated it, or a newer one");
    }

    /** The database as an earlier ebpm left it: the statements it ran, from {@code ebpm/indicatordb/legacy/}. */
    private void made(String legacyDdl) throws SQLException {
        for (String statement : SqlScript.statements(LEGACY.read(legacyDdl))) {
            execute(statement);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(store.url());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Every row of a query, timestamps as instants, counts as longs. */
    private List<List<Object>> rows(String sql) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(store.url());
             PreparedStatement query = connection.prepareStatement(sql);
             ResultSet result = query.executeQuery()) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    Object value = result.getObject(i);
                    row.add(value instanceof OffsetDateTime time ? time.toInstant()
                            : value instanceof Timestamp timestamp ? timestamp.toInstant() : value);
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
