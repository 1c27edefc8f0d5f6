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
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** Evidence documents built after a nightly run carry what a notebook needs to compute them again. */
class EvidenceWriterTest {

    static Path work;

    @BeforeAll
    static void nightlyRun() {
        work = SampleRun.work();
    }

    @Test
    void theRecipeRunOnAFreshReadOnlyConnectionGivesTheSameTable() throws Exception {
        EvidenceDocument document;
        try (EvidenceWriter writer = new EvidenceWriter(new WorkFolder(work),
                IndicatorStore.duckDbFile(work.resolve("indicators.duckdb")), Project.builtIn())) {
            document = writer.build(EvidenceCatalog.load().definition("achievement-by-pillar"), Map.of("fy", "R2"));
        }
        QueryRecipe recipe = document.recipe().orElseThrow();

        assertThat(recipe.filters()).containsExactly(Map.entry("年度", "2020（令和2年度）"));
        assertThat(recipe.paramValues()).containsExactly(2020);
        assertThat(recipe.database()).isEqualTo(work.resolve("indicators.duckdb").toAbsolutePath().normalize());
        // Only the views the SQL reads, lake, settings, plans and withdrawals first: not the observation views it
        // does not need.
        assertThat(recipe.views()).hasSize(7);
        assertThat(recipe.views().get(0)).startsWith("CREATE OR REPLACE TEMP VIEW src_measures AS");
        assertThat(recipe.views().get(1)).startsWith("CREATE OR REPLACE TEMP VIEW plan_years AS");
        assertThat(recipe.views().get(2)).startsWith("CREATE OR REPLACE TEMP VIEW plan_indicator_kinds AS");
        assertThat(recipe.views().get(3)).startsWith("CREATE OR REPLACE TEMP VIEW project_vars AS");
        assertThat(recipe.views().get(4)).startsWith("CREATE OR REPLACE TEMP VIEW withdrawn_measures AS");
        assertThat(recipe.views().get(6)).startsWith("CREATE OR REPLACE TEMP VIEW int_measure_evaluations AS");
        assertThat(rerun(recipe)).isEqualTo(rows(document.table()));
    }

    @Test
    void theDocumentCarriesTheDeclaredChart() throws Exception {
        try (EvidenceWriter writer = new EvidenceWriter(new WorkFolder(work),
                IndicatorStore.duckDbFile(work.resolve("indicators.duckdb")), Project.builtIn())) {
            var definition = EvidenceCatalog.load().definition("achievement-by-pillar");
            assertThat(writer.build(definition, Map.of()).chart()).isEqualTo(definition.chart());
        }
    }

    /** What the notebook's code cells do, here through JDBC: the same statements, the same bound values. */
    private static List<List<String>> rerun(QueryRecipe recipe) throws Exception {
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + recipe.database(), readOnly)) {
            try (Statement statement = connection.createStatement()) {
                for (String view : recipe.views()) {
                    statement.execute(view);
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
