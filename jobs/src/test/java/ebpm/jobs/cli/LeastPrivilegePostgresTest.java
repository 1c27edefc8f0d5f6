package ebpm.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ebpm.analytics.indicatordb.SqlScript;
import ebpm.analytics.indicatordb.TestPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The schema kept apart from the night, on a real PostgreSQL server set up with the README's statements ("On
 * PostgreSQL") as they stand: {@code ebpm db migrate} as the owner, then a night as a role without DDL (nor
 * temporary tables), and the consumers' role reading but not writing. A night finding the schema behind stops before
 * any step, exit 1, in one line.
 */
class LeastPrivilegePostgresTest {

    private static final String VALUES = "SELECT indicator_code, area_code, breakdown, period_type, period, value, "
            + "target, run_id FROM indicator_value ORDER BY 1, 2, 3, 4, 5";
    /** PostgreSQL's insufficient_privilege. */
    private static final String REFUSED = "42501";

    @TempDir
    Path work;

    /** One database for both the indicators and the job repository, as the README's example shares it. */
    private String database;

    @BeforeEach
    void aDatabaseSetUpAsTheReadmeSays() throws Exception {
        database = TestPostgres.newDatabaseUrl();
        asSuperuserOnceForTheServer(ReadmeSql.startingWith("-- once per server"));
        // The README's database is called ebpm; each test has its own.
        execute(database, ReadmeSql.startingWith("-- in the database ebpm")
                .replace("DATABASE ebpm ", "DATABASE " + databaseName() + " "));
    }

    @Test
    void theOwnerMigratesTheNightRunsWithoutDdlAndTheReaderOnlyReads() throws Exception {
        Ebpm.Result migrate = Ebpm.run("db", "migrate", "--work", work.toString(),
                "--indicator-db", as("ebpm_owner"), "--job-repository", as("ebpm_owner"));
        assertThat(migrate.exitCode()).as(migrate.err()).isZero();
        assertThat(migrate.out()).contains("applied V1 (indicators and ingest manifest), "
                        + "V2 (manifest keeps landing path rules and first seen), V3 (withdrawals), "
                        + "V4 (values carry their status), now at version 4")
                .contains("created the Spring Batch tables");

        Ebpm.Result night = Ebpm.run("nightly", "--landing", Ebpm.SAMPLE_LANDING.toString(),
                "--work", work.resolve("night").toString(), "--as-of", "2026-11-21",
                "--indicator-db", as("ebpm_night"), "--job-repository", as("ebpm_night"));

        assertThat(night.exitCode()).as(night.err()).isZero();
        Path usual = work.resolve("usual");
        assertThat(Ebpm.nightly(Ebpm.SAMPLE_LANDING, usual).exitCode()).isZero();
        assertThat(rows(as("ebpm_reader"), VALUES)).isNotEmpty()
                .isEqualTo(rows("jdbc:duckdb:" + usual.resolve("indicators.duckdb"), VALUES));
        assertThatThrownBy(() -> execute(as("ebpm_reader"), "INSERT INTO indicator_value VALUES ('x', '140007', "
                + "'全体', 'FY', '2020', 1, NULL, 'reader', now())"))
                .isInstanceOf(SQLException.class).extracting("SQLState").isEqualTo(REFUSED);
        assertThat(Ebpm.run("db", "migrate", "--work", work.toString(), "--indicator-db", as("ebpm_owner"),
                "--job-repository", as("ebpm_owner")).out())
                .contains("already at version 4").contains("the Spring Batch tables are there");
    }

    @Test
    void aNightAsTheNightsRoleOnADatabaseAnEarlierEbpmMadeStopsBeforeAnyStepInOneLine() throws Exception {
        execute(as("ebpm_owner"), legacy("first_release.sql"));

        Ebpm.Result night = Ebpm.run("nightly", "--landing", Ebpm.SAMPLE_LANDING.toString(),
                "--work", work.toString(), "--as-of", "2026-11-21",
                "--indicator-db", as("ebpm_night"), "--job-repository", as("ebpm_night"));

        assertThat(night.exitCode()).isEqualTo(EbpmCommand.FAILED);
        assertThat(night.err()).isEqualTo("ebpm: the indicator database is at schema version 1, this ebpm needs 4: "
                + "run 'ebpm db migrate' as the database owner" + System.lineSeparator());
        assertThat(work.resolve("lake")).as("no step ran").doesNotExist();
        assertThat(Ebpm.run("db", "status", "--work", work.toString(), "--indicator-db", as("ebpm_night"),
                "--job-repository", as("ebpm_night")).out())
                .contains("at schema version 1, this ebpm needs 4: run 'ebpm db migrate' as the database owner")
                .contains("no Spring Batch tables");
        assertThat(Ebpm.run("db", "migrate", "--work", work.toString(), "--indicator-db", as("ebpm_owner"),
                "--job-repository", as("ebpm_owner")).out())
                .contains("recognised as version 1 (made before ebpm kept schema_version); applied V2 (manifest "
                        + "keeps landing path rules and first seen), V3 (withdrawals), V4 (values carry their status), now at "
                        + "version 4");
    }

    @Test
    void tablesAnEarlierEbpmMadeAsAnotherUserAreHandedToTheOwnerAndGrantedAsTheReadmeSays() throws Exception {
        asSuperuserOnceForTheServer("CREATE ROLE ebpm LOGIN");
        execute(database, "GRANT USAGE, CREATE ON SCHEMA public TO ebpm");
        execute(as("ebpm"), legacy("first_release.sql"));

        execute(database, ReadmeSql.startingWith("-- tables an earlier ebpm made as the user ebpm"));
        Ebpm.Result migrate = Ebpm.run("db", "migrate", "--work", work.toString(),
                "--indicator-db", as("ebpm_owner"), "--job-repository", as("ebpm_owner"));
        execute(as("ebpm_owner"), ReadmeSql.startingWith("-- after that 'ebpm db migrate'"));

        assertThat(migrate.out()).contains("recognised as version 1");
        execute(as("ebpm_night"), "INSERT INTO indicator_value VALUES ('x', '140007', '全体', 'FY', '2020', 1, NULL, "
                + "'night', now())");
        execute(as("ebpm_night"), "DELETE FROM ingest_manifest");
        assertThat(rows(as("ebpm_reader"), "SELECT run_id FROM indicator_value")).containsExactly(List.of("night"));
    }

    /** Roles belong to the server, which every test of the run shares: the first test makes them. */
    private void asSuperuserOnceForTheServer(String sql) throws SQLException {
        for (String statement : SqlScript.statements(sql)) {
            try {
                execute(database, statement);
            } catch (SQLException e) {
                if (!"42710".equals(e.getSQLState())) { // duplicate_object: made by an earlier test
                    throw e;
                }
            }
        }
    }

    /** The database's URL for a role (the embedded server trusts local connections: no password). */
    private String as(String role) {
        return database.replace("?user=postgres", "?user=" + role);
    }

    private String databaseName() {
        return database.substring(database.lastIndexOf('/') + 1, database.indexOf('?'));
    }

    private static String legacy(String ddl) throws IOException {
        try (var in = LeastPrivilegePostgresTest.class.getClassLoader()
                .getResourceAsStream("ebpm/indicatordb/legacy/" + ddl)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement()) {
            for (String each : SqlScript.statements(sql)) {
                statement.execute(each);
            }
        }
    }

    private static List<List<Object>> rows(String url, String sql) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    Object value = result.getObject(i);
                    row.add(value instanceof Number number && !(value instanceof Double) ? number.longValue() : value);
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
