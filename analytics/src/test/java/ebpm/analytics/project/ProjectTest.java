package ebpm.analytics.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ebpm.analytics.catalog.Model;
import ebpm.analytics.catalog.ModelCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An office's project folder lies over the built-in project: same path replaces, a new path adds. */
class ProjectTest {

    @Test
    void aFolderReplacesTheBuiltInFileOfTheSamePathAndAddsNewOnes(@TempDir Path folder) throws IOException {
        write(folder, "ebpm_project.yml", "top_pages: 5\n");
        write(folder, "models/indicators/ind_tourism_visitors.sql", """
                -- the office's copy: only final figures
                SELECT area_code, breakdown, period_type, period, value
                FROM stg_observations
                WHERE indicator_code = 'tourism_visitors' AND period_type = 'CY' AND status = '確報'
                """);
        write(folder, "models/indicators/ind_tourism_sites.sql", """
                SELECT (SELECT prefecture_code FROM project_vars) AS area_code, '全体' AS breakdown,
                       'FY' AS period_type, '2020' AS period, CAST(count(*) AS DOUBLE) AS value
                FROM seed_tourism_sites
                """);
        write(folder, "models/indicators/ind_tourism_sites.yaml", """
                description: 観光サイト数
                grain: one row
                indicator: {code: tourism_sites, name_ja: 観光サイト数, unit: サイト, period_type: FY}
                unique: [area_code, breakdown, period_type, period]
                not_null: [area_code, breakdown, period_type, period, value]
                """);
        write(folder, "notes/todo.txt", "not part of the project");

        Project project = Project.open(folder);
        ModelCatalog catalog = ModelCatalog.load(project);

        Path root = folder.toAbsolutePath().normalize();
        assertThat(catalog.model("ind_tourism_visitors").origin())
                .isEqualTo(root.resolve("models/indicators/ind_tourism_visitors.sql").toString());
        assertThat(catalog.model("ind_tourism_visitors").sql()).contains("status = '確報'");
        assertThat(catalog.model("ind_tourism_sites").origin())
                .isEqualTo(root.resolve("models/indicators/ind_tourism_sites.sql").toString());
        assertThat(catalog.model("ind_tourism_sites").indicatorCode()).isEqualTo("tourism_sites");
        assertThat(catalog.model("stg_observations").origin()).isEqualTo("built-in models/staging/stg_observations.sql");
        assertThat(catalog.models()).hasSize(ModelCatalog.load().models().size() + 1);
        assertThat(project.file("notes/todo.txt")).isEmpty();
        assertThat(project.folder()).contains(root);
    }

    @Test
    void settingsTheFolderLeavesOutKeepTheBuiltInValues(@TempDir Path folder) throws IOException {
        write(folder, "ebpm_project.yml", "top_pages: 5\n");

        ProjectSettings settings = Project.open(folder).settings();

        assertThat(settings.topPages()).isEqualTo(5);
        assertThat(settings.prefectureCode()).isEqualTo("140007");
        assertThat(settings.timeZone()).hasToString("Asia/Tokyo");
    }

    @Test
    void aFolderWithoutProjectSettingsIsRefusedSayingToRunInit(@TempDir Path folder) throws IOException {
        write(folder, "models/indicators/ind_x.sql", "SELECT 1");

        assertThatThrownBy(() -> Project.open(folder))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("holds no ebpm_project.yml")
                .hasMessageContaining("ebpm init DIR");
    }

    @Test
    void aFolderThatDoesNotExistIsRefused(@TempDir Path temp) {
        assertThatThrownBy(() -> Project.open(temp.resolve("missing")))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("does not exist")
                .hasMessageContaining("ebpm init DIR");
    }

    @Test
    void anUnknownSettingNamesTheFileAndLine(@TempDir Path folder) throws IOException {
        write(folder, "ebpm_project.yml", "top_pages: 5\ntop_page: 6\n");

        assertThatThrownBy(() -> Project.open(folder))
                .isInstanceOf(DefinitionException.class)
                .hasMessageStartingWith(folder.toAbsolutePath().normalize().resolve("ebpm_project.yml")
                        + " line 2: unknown key 'top_page'");
    }

    @Test
    void filesEditorsLeaveBesideTheOnesTheyEditAreNotRead(@TempDir Path folder) throws IOException {
        write(folder, "ebpm_project.yml", "");
        write(folder, "seeds/~$tourism_sites.csv", "locked by Excel");
        write(folder, "models/staging/.stg_x.sql.swp", "vim");

        Project project = Project.open(folder);

        assertThat(project.files()).extracting(ProjectFile::path)
                .noneMatch(path -> path.contains("~$") || path.contains(".swp"));
    }

    @Test
    void withoutAFolderTheBuiltInProjectRuns() {
        Project project = Project.select(java.util.Optional.empty());

        assertThat(project.folder()).isEmpty();
        assertThat(project.description()).isEqualTo("built-in project");
        assertThat(project.files()).allSatisfy(file -> assertThat(file.builtIn()).as(file.path()).isTrue());
        assertThat(ModelCatalog.load(project).models()).extracting(Model::origin)
                .allMatch(origin -> origin.startsWith("built-in models/"));
    }

    private static void write(Path folder, String path, String text) throws IOException {
        Path file = folder.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
