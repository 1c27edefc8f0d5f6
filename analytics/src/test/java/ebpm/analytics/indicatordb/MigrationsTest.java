package ebpm.analytics.indicatordb;

import static org.assertj.core.api.Assertions.assertThat;

import ebpm.analytics.project.ClasspathFolder;
import org.junit.jupiter.api.Test;

/** The versions of the schema, as the migration files number and name them. */
class MigrationsTest {

    private static final ClasspathFolder DIALECTS = new ClasspathFolder(MigrationsTest.class.getClassLoader(),
            "ebpm/indicatordb/dialect-migrations");

    @Test
    void theShippedVersionsAreTheSameOnBothDatabases() {
        Migrations duckDb = Migrations.forDatabase("DuckDB");
        Migrations postgres = Migrations.forDatabase("PostgreSQL");

        assertThat(duckDb.latest()).isEqualTo(4);
        assertThat(duckDb.after(1)).extracting(Migration::toString).containsExactly(
                "V2 (manifest keeps landing path rules and first seen)", "V3 (withdrawals)",
                "V4 (values carry their status)");
        assertThat(postgres.after(0)).isEqualTo(duckDb.after(0));
        assertThat(duckDb.after(4)).isEmpty();
    }

    @Test
    void aDialectFileReplacesItsVersionOnThatDatabaseOnly() {
        Migrations duckDb = Migrations.in(DIALECTS, "DuckDB");
        Migrations postgres = Migrations.in(DIALECTS, "PostgreSQL");

        assertThat(duckDb.after(1).get(0).statements()).containsExactly("""
                -- both databases, but PostgreSQL takes V2__an_index.postgresql.sql
                CREATE INDEX a_x ON a (x)""");
        assertThat(postgres.after(1).get(0).statements()).containsExactly("""
                -- PostgreSQL only
                CREATE INDEX a_x ON a USING brin (x)""");
        assertThat(postgres.after(1)).extracting(Migration::toString).containsExactly("V2 (an index)");
    }

    @Test
    void aScriptIsSplitWhereAStatementEndsALine() {
        assertThat(SqlScript.statements("""
                -- a header comment
                CREATE TABLE t (note VARCHAR DEFAULT 'a;b');
                INSERT INTO t VALUES ('x');   \s
                -- a comment after the last statement
                """)).containsExactly("""
                -- a header comment
                CREATE TABLE t (note VARCHAR DEFAULT 'a;b')""", "INSERT INTO t VALUES ('x')");
    }
}
