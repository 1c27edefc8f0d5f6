package ebpm.analytics.indicatordb;

import ebpm.analytics.project.ClasspathFolder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The schema version a database is at, read with SELECTs only (a night's role may do nothing else): the highest
 * version in {@code schema_version}, or, for a database ebpm made before it kept that table, the version its tables
 * and columns show ({@code recognised_version.sql}).
 */
final class SchemaVersion {

    private static final ClasspathFolder SQL = new ClasspathFolder(SchemaVersion.class.getClassLoader(),
            "ebpm/indicatordb");

    private SchemaVersion() {
    }

    static int of(Connection connection) throws SQLException {
        String query = recorded(connection) ? "SELECT COALESCE(max(version), 0) FROM schema_version"
                : SQL.read("recognised_version.sql");
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** Whether the database has its table {@code schema_version} (in the schema ebpm's tables live in). */
    static boolean recorded(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM information_schema.tables "
                     + "WHERE table_schema = current_schema() AND table_name = 'schema_version'")) {
            rows.next();
            return rows.getLong(1) > 0;
        }
    }

    static void createTable(Statement statement) throws SQLException {
        for (String create : SqlScript.statements(SQL.read("schema_version.sql"))) {
            statement.execute(create);
        }
    }

    static void record(Connection connection, int version, String description, Instant at) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)")) {
            insert.setInt(1, version);
            insert.setString(2, description);
            insert.setObject(3, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }
}
