package ebpm.jobs.project;

import static org.assertj.core.api.Assertions.assertThat;

import ebpm.analytics.project.Project;
import ebpm.jobs.cli.SampleRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project checked without running anything: every problem, each naming its file, in one pass. */
class ProjectCheckTest {

    @Test
    void theBuiltInProjectHoldsTogether(@TempDir Path work) throws Exception {
        ProjectProblems problems = ProjectCheck.check(Project.builtIn(), work.resolve("lake"));

        assertThat(problems.messages()).isEmpty();
    }

    @Test
    void theBuiltInProjectHoldsTogetherOverTheSampleRunsLake() throws Exception {
        Path lake = SampleRun.work().resolve("lake");

        assertThat(lake).isDirectory();
        assertThat(ProjectCheck.check(Project.builtIn(), lake).messages()).isEmpty();
    }

    @Test
    void everyBrokenDefinitionIsListedWithItsFile(@TempDir Path folder) throws Exception {
        write(folder, "ebpm_project.yml", "");
        // A staging model naming a column the lake table does not have, and an intermediate model reading it:
        // only the first is reported, the second fails because of it.
        model(folder, "staging/stg_broken", "SELECT indicator_code, no_such_column FROM src_observations", "");
        model(folder, "intermediate/int_on_broken", "SELECT indicator_code FROM stg_broken", "");
        // A model reading a model that does not exist.
        model(folder, "intermediate/int_typo", "SELECT * FROM stg_observation", "");
        // An indicator model without the columns an indicator model returns.
        model(folder, "indicators/ind_no_value", "SELECT area_code, breakdown, period_type, period FROM "
                + "stg_observations", "indicator: {code: no_value, name_ja: 値なし, unit: 件, period_type: FY}\n");
        // An evidence table listing a model that does not exist, and one naming a column its chart cannot find.
        evidence(folder, "gone-model", "SELECT 1 AS n", "models: [ind_gone]\n");
        evidence(folder, "bad-chart", "SELECT 1 AS n", "chart: {type: bar, x: n, y: 件数}\n");
        // Evidence SQL DuckDB cannot bind.
        evidence(folder, "bad-sql", "SELECT value_typo FROM indicator_value", "");

        ProjectProblems problems = ProjectCheck.check(Project.open(folder), folder.resolve("no-lake"));

        Path root = folder.toAbsolutePath().normalize();
        assertThat(problems.messages()).hasSize(6);
        assertThat(problems.messages()).anySatisfy(message -> assertThat(message)
                .startsWith(root.resolve("models/staging/stg_broken.sql") + ": DuckDB cannot create the view "
                        + "stg_broken: Binder Error: ")
                .contains("no_such_column"));
        assertThat(problems.messages()).contains(
                root.resolve("models/intermediate/int_typo.sql") + ": reads stg_observation, which is not a model, "
                        + "seed or lake table of the project (see: ebpm catalog)",
                root.resolve("models/indicators/ind_no_value.sql") + ": an indicator model returns the columns "
                        + "area_code, breakdown, period_type, period, value (and target, value_status where it has them), but "
                        + "ind_no_value has no value (it returns area_code, breakdown, period_type, period)",
                root.resolve("evidence/gone-model.yaml") + ": models: names ind_gone, which is not a model of the "
                        + "project (see: ebpm catalog)",
                root.resolve("evidence/bad-chart.yaml") + ": names the column 件数 (decimals: or chart:), which "
                        + "bad-chart.sql does not return (it returns n)");
        assertThat(problems.messages()).anySatisfy(message -> assertThat(message)
                .startsWith(root.resolve("evidence/bad-sql.sql") + ": DuckDB cannot prepare bad-sql: ")
                .contains("value_typo"));
        assertThat(problems.messages()).noneMatch(message -> message.contains("int_on_broken"));
        assertThat(problems.describe()).startsWith("6 problems in the project:" + System.lineSeparator() + "  - ");
    }

    @Test
    void aYamlTypoIsReportedWithItsFileAndLineAndTheEvidenceIsStillChecked(@TempDir Path folder)
            throws Exception {
        write(folder, "ebpm_project.yml", "");
        model(folder, "staging/stg_x", "SELECT 1 AS id", "descripton: typo\n");
        evidence(folder, "gone-model", "SELECT 1 AS n", "models: [ind_gone]\n");
        write(folder, "evidence/typo.sql", "SELECT 1 AS n");
        write(folder, "evidence/typo.yaml", "title: t\ndescription: d\ngrain: g\nparamters: {}\n");

        ProjectProblems problems = ProjectCheck.check(Project.open(folder), folder.resolve("no-lake"));

        Path root = folder.toAbsolutePath().normalize();
        assertThat(problems.messages()).containsExactly(
                root.resolve("models/staging/stg_x.yaml") + " line 5: unknown key 'descripton'; known keys: "
                        + "checks, computed_per, description, grain, indicator, not_null, unique",
                root.resolve("evidence/typo.yaml") + " line 4: unknown key 'paramters'; known keys: chart, columns, "
                        + "decimals, description, grain, models, parameters, title");
    }

    private static void model(Path folder, String path, String sql, String yaml) throws IOException {
        write(folder, "models/" + path + ".sql", sql);
        write(folder, "models/" + path + ".yaml", "description: test\ngrain: one row\nunique: [a]\nnot_null: [a]\n"
                + yaml);
    }

    private static void evidence(Path folder, String name, String sql, String yaml) throws IOException {
        write(folder, "evidence/" + name + ".sql", sql);
        write(folder, "evidence/" + name + ".yaml", "title: t\ndescription: d\ngrain: g\n" + yaml);
    }

    private static void write(Path folder, String path, String text) throws IOException {
        Path file = folder.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
