package ebpm.jobs.evidence;

import ebpm.analytics.project.Project;
import static org.assertj.core.api.Assertions.assertThat;

import ebpm.evidence.catalog.EvidenceCatalog;
import ebpm.evidence.export.EvidenceDocument;
import ebpm.evidence.export.QueryRecipe;
import ebpm.analytics.indicatordb.IndicatorStore;
import ebpm.jobs.WorkFolder;
import ebpm.jobs.cli.Ebpm;
import ebpm.jobs.cli.SampleRun;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** Evidence documents built after a nightly run carry what a notebook needs to compute them again. */
class EvidenceWriterTest {

    static Path work;

    @BeforeAll
    static void nightlyRun() {
        work = SampleRun.work();
    }

    @Test
    void theRecipeRunOverItsExtractsOnAFreshConnectionGivesTheSameTable(@TempDir Path extracts) throws Exception {
        EvidenceDocument document;
        try (EvidenceWriter writer = new EvidenceWriter(new WorkFolder(work),
                IndicatorStore.duckDbFile(work.resolve("indicators.duckdb")), Project.builtIn())) {
            document = writer.build(EvidenceCatalog.load().definition("achievement-by-pillar"), Map.of("fy", "R2"));
            QueryRecipe recipe = document.recipe().orElseThrow();
            for (String input : recipe.inputs()) {
                recipe.extract().writeParquet(input, extracts.resolve(input + ".parquet"));
            }
        }
        QueryRecipe recipe = document.recipe().orElseThrow();

        assertThat(recipe.filters()).containsExactly(Map.entry("年度", "2020（令和2年度）"));
        assertThat(recipe.paramValues()).containsExactly(2020);
        // Only what the SQL reads itself, as the night computed it: not the lake or the views below the models.
        assertThat(recipe.inputs()).containsExactly("indicator_value", "int_measure_evaluations", "plan_years",
                "project_vars");
        assertThat(rerun(recipe, extracts)).isEqualTo(rows(document.table()));
    }

    @Test
    void theDocumentCarriesTheDeclaredChart() throws Exception {
        try (EvidenceWriter writer = new EvidenceWriter(new WorkFolder(work),
                IndicatorStore.duckDbFile(work.resolve("indicators.duckdb")), Project.builtIn())) {
            var definition = EvidenceCatalog.load().definition("achievement-by-pillar");
            assertThat(writer.build(definition, Map.of()).chart()).isEqualTo(definition.chart());
        }
    }

    @Test
    void rowsTheDeclaredChartCannotDrawLeaveTheTableWithoutItInsteadOfFailingIt(@TempDir Path project)
            throws Exception {
        // Two values for one bar: a bar chart would have to stack them into a bar no row of the table shows.
        java.nio.file.Files.createDirectories(project.resolve("evidence"));
        java.nio.file.Files.writeString(project.resolve("ebpm_project.yml"), "");
        java.nio.file.Files.writeString(project.resolve("evidence/two-values.sql"),
                "SELECT '横浜' AS \"地域\", 1 AS \"件数\" UNION ALL SELECT '横浜', 2");
        java.nio.file.Files.writeString(project.resolve("evidence/two-values.yaml"), "title: 件数\ndescription: d\n"
                + "grain: 地域ごと\nchart:\n  type: bar\n  x: 地域\n  y: 件数\n");
        Project office = Project.open(project);

        try (EvidenceWriter writer = new EvidenceWriter(new WorkFolder(work),
                IndicatorStore.duckDbFile(work.resolve("indicators.duckdb")), office)) {
            EvidenceDocument document = writer.build(EvidenceCatalog.load(office).definition("two-values"), Map.of());

            assertThat(document.table().rowCount()).isEqualTo(2);
            assertThat(document.chart()).isEmpty();
        }
    }

    /** What the notebook's code cells do, here through JDBC: a view over each extract, the same bound values. */
    private static List<List<String>> rerun(QueryRecipe recipe, Path extracts) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
            try (Statement statement = connection.createStatement()) {
                for (String input : recipe.inputs()) {
                    statement.execute("CREATE VIEW \"" + input + "\" AS SELECT * FROM read_parquet('"
                            + extracts.resolve(input + ".parquet") + "')");
                }
            }
            try (PreparedStatement params = connection.prepareStatement(recipe.paramsSql())) {
                for (int i = 0; i < recipe.paramValues().size(); i++) {
                    params.setObject(i + 1, recipe.paramValues().get(i));
                }
                params.execute();
            }
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery(recipe.sql())) {
                return rows(Table.read().db(rows));
            }
        }
    }

    private static List<List<String>> rows(Table table) {
        List<List<String>> rows = new ArrayList<>();
        for (int row = 0; row < table.rowCount(); row++) {
            List<String> cells = new ArrayList<>();
            for (int col = 0; col < table.columnCount(); col++) {
                cells.add(table.column(col).getString(row));
            }
            rows.add(cells);
        }
        return rows;
    }
}
