package ebpm.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ebpm.analytics.project.Project;
import ebpm.analytics.project.ProjectFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An office starts its project folder with {@code ebpm init}, checks it, and sees where each definition comes from. */
class InitCommandTest {

    @Test
    void writesEveryBuiltInFileAndAReadmeThenTheCopyChecksClean(@TempDir Path temp) throws Exception {
        Path folder = temp.resolve("project");

        Ebpm.Result init = Ebpm.run("init", folder.toString());

        assertThat(init.exitCode()).as(init.err()).isZero();
        for (ProjectFile file : Project.builtIn().files()) {
            assertThat(folder.resolve(file.path())).as(file.path()).hasBinaryContent(file.content());
        }
        assertThat(Files.readString(folder.resolve("README.md")))
                .contains("ebpm catalog --check --project DIR", "ebpm nightly --project DIR", "参照表", "指標");
        assertThat(init.out()).contains("Wrote the built-in project to " + folder.toAbsolutePath().normalize(),
                "models/indicators/", "ebpm catalog --check --project " + folder.toAbsolutePath().normalize());

        Ebpm.Result check = Ebpm.run("catalog", "--check", "--project", folder.toString(),
                "--work", temp.resolve("work").toString());

        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(check.out()).contains("OK: every definition reads, every name resolves, every SQL prepares");
    }

    @Test
    void refusesAFolderThatIsNotEmptyUnlessForced(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("notes.txt"), "ours");
        Files.createDirectories(folder.resolve("seeds"));
        Files.writeString(folder.resolve("seeds/tourism_sites.csv"), "site_id,name,ga4_property\n");

        Ebpm.Result refused = Ebpm.run("init", folder.toString());

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("is not empty", "--force");
        assertThat(folder.resolve(Project.SETTINGS)).doesNotExist();

        Ebpm.Result forced = Ebpm.run("init", folder.toString(), "--force");

        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(forced.out()).contains("Replaced 1 files that differed from the built-in ones: "
                + "seeds/tourism_sites.csv");
        assertThat(folder.resolve("notes.txt")).hasContent("ours");
        assertThat(folder.resolve(Project.SETTINGS)).exists();
    }

    @Test
    void catalogSaysWhichDefinitionsTheFolderOverridesAndWhichItAdds(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve(Project.SETTINGS), "top_pages: 5\n");
        Path indicators = Files.createDirectories(folder.resolve("models/indicators"));
        Files.writeString(indicators.resolve("ind_tourism_visitors.sql"), """
                -- only final figures (確報)
                SELECT area_code, breakdown, period_type, period, value
                FROM stg_observations
                WHERE indicator_code = 'tourism_visitors' AND period_type = 'CY' AND status = '確報'
                """);
        Files.writeString(indicators.resolve("ind_tourism_sites.sql"), """
                SELECT (SELECT prefecture_code FROM project_vars) AS area_code, '全体' AS breakdown,
                       'FY' AS period_type, '2020' AS period, CAST(count(*) AS DOUBLE) AS value
                FROM seed_tourism_sites
                """);
        Files.writeString(indicators.resolve("ind_tourism_sites.yaml"), """
                description: 観光サイト数
                grain: one row
                indicator: {code: tourism_sites, name_ja: 観光サイト数, unit: サイト, period_type: FY}
                unique: [area_code, breakdown, period_type, period]
                not_null: [area_code, breakdown, period_type, period, value]
                """);
        Path root = folder.toAbsolutePath().normalize();

        Ebpm.Result catalog = Ebpm.run("catalog", "--project", folder.toString());

        assertThat(catalog.exitCode()).as(catalog.err()).isZero();
        assertThat(catalog.out()).contains("Project: " + root + " (over the built-in project)",
                "from:    " + root.resolve("models/indicators/ind_tourism_visitors.sql"),
                "from:    " + root.resolve("models/indicators/ind_tourism_sites.sql"),
                "from:    built-in models/indicators/ind_measures_achieved.sql",
                "from:    built-in seeds/tourism_sites.csv",
                "from:    " + root.resolve(Project.SETTINGS));
        assertThat(Ebpm.run("catalog", "--check", "--project", folder.toString(), "--work",
                folder.resolve("work").toString()).exitCode()).isZero();
    }

    @Test
    void aBrokenDefinitionStopsTheNightBeforeAnythingRuns(@TempDir Path temp) throws Exception {
        Path folder = temp.resolve("project");
        assertThat(Ebpm.run("init", folder.toString()).exitCode()).isZero();
        Path model = folder.resolve("models/indicators/ind_tourism_visitors.sql");
        Files.writeString(model, Files.readString(model).replace("FROM stg_observations", "FROM stg_observation"));
        Path work = temp.resolve("work");

        Ebpm.Result night = Ebpm.run("nightly", "--landing", Ebpm.SAMPLE_LANDING.toString(), "--work",
                work.toString(), "--project", folder.toString());

        assertThat(night.exitCode()).isEqualTo(2);
        assertThat(night.err()).contains("nothing was run: 1 problem in the project:",
                model.toAbsolutePath().normalize() + ": reads stg_observation, which is not a model",
                "ebpm catalog --check --project " + folder);
        assertThat(work.resolve("lake")).doesNotExist();
        assertThat(work.resolve("indicators.duckdb")).doesNotExist();
        Ebpm.Result check = Ebpm.run("catalog", "--check", "--project", folder.toString(), "--work", work.toString());
        assertThat(check.exitCode()).isEqualTo(2);
        assertThat(check.err()).contains("1 problem in the project:", "reads stg_observation");
    }
}
