package ebpm.jobs.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import ebpm.analytics.catalog.Model;
import ebpm.analytics.catalog.ModelCatalog;
import ebpm.analytics.engine.DuckDbSession;
import ebpm.jobs.cli.Ebpm;
import ebpm.jobs.cli.SampleRun;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every model of the catalog keeps the grain its sidecar states (unique key, columns never null) on the lake the
 * sample data produces, and returns rows. A new model is covered by adding its files; no new test is needed.
 */
class ModelGrainTest {

    static Path work;
    static DuckDbSession session;

    @BeforeAll
    static void lakeFromTheSampleData() throws SQLException {
        work = SampleRun.work();
        session = DuckDbSession.open(work.resolve("lake"), ModelCatalog.load());
    }

    @AfterAll
    static void close() throws SQLException {
        session.close();
    }

    static Stream<Model> models() {
        return ModelCatalog.load().models().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void keepsItsStatedGrain(Model model) throws SQLException {
        String rows = "(" + model.sql() + ") AS model_rows";
        assertThat(count("SELECT count(*) FROM " + rows)).as("rows of %s", model.name()).isPositive();
        if (!model.uniqueKey().isEmpty()) {
            String key = String.join(", ", model.uniqueKey());
            assertThat(count("SELECT count(*) FROM (SELECT " + key + " FROM " + rows + " GROUP BY " + key
                    + " HAVING count(*) > 1) AS duplicates")).as("duplicate %s in %s", key, model.name()).isZero();
        }
        for (String column : model.notNull()) {
            assertThat(count("SELECT count(*) FROM " + rows + " WHERE " + column + " IS NULL"))
                    .as("nulls in %s.%s", model.name(), column).isZero();
        }
        assertThat(List.of(model.grain(), model.description())).allMatch(text -> !text.isBlank());
    }

    private static long count(String sql) throws SQLException {
        try (Statement statement = session.connection().createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
