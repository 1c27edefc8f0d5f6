package ebpm.jobs.project;

import static org.assertj.core.api.Assertions.assertThat;

import ebpm.analytics.project.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project that passed its check is not checked again until it, ebpm or DuckDB changes; a failing one always is. */
class CheckedProjectsTest {

    @TempDir
    Path cache;

    @Test
    void aCleanProjectIsRememberedPerBuildOfEbpmAndDuckDb(@TempDir Path folder) throws Exception {
        counts(folder, "SELECT count(*) AS n FROM indicator_value");

        assertThat(new CheckedProjects(cache, Optional.of("build 1")).check(Project.open(folder)).messages()).isEmpty();
        assertThat(remembered()).isEqualTo(1);
        assertThat(new CheckedProjects(cache, Optional.of("build 1")).check(Project.open(folder)).messages()).isEmpty();
        assertThat(remembered()).isEqualTo(1);
        new CheckedProjects(cache, Optional.of("build 2")).check(Project.open(folder));
        assertThat(remembered()).isEqualTo(2);
    }

    @Test
    void aChangedFileIsCheckedAgainAndABrokenProjectIsNeverRemembered(@TempDir Path folder) throws Exception {
        counts(folder, "SELECT count(*) AS n FROM indicator_value");
        CheckedProjects checked = new CheckedProjects(cache, Optional.of("build 1"));
        assertThat(checked.check(Project.open(folder)).messages()).isEmpty();

        counts(folder, "SELECT count(*) AS n FROM indicator_valeu");

        assertThat(checked.check(Project.open(folder)).describe()).contains("counts.sql");
        assertThat(checked.check(Project.open(folder)).none()).isFalse();
        assertThat(remembered()).isEqualTo(1);
    }

    @Test
    void withoutKnownBuildsEveryNightChecks(@TempDir Path folder) throws Exception {
        counts(folder, "SELECT count(*) AS n FROM indicator_value");

        assertThat(new CheckedProjects(cache, Optional.empty()).check(Project.open(folder)).messages()).isEmpty();
        assertThat(cache).isEmptyDirectory();
    }

    private long remembered() throws IOException {
        try (Stream<Path> files = Files.list(cache)) {
            return files.count();
        }
    }

    /** A project with one evidence table of this SQL. */
    private static void counts(Path folder, String sql) throws IOException {
        write(folder, "ebpm_project.yml", "");
        write(folder, "evidence/counts.sql", sql);
        write(folder, "evidence/counts.yaml", "title: t\ndescription: d\ngrain: g\n");
    }

    private static void write(Path folder, String path, String text) throws IOException {
        Path file = folder.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
