package ebpm.jobs.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import ebpm.jobs.cli.Ebpm;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The nightly pack leaves a table out only when it has no data yet or needs a filter; anything else fails. */
class EvidencePackTest {

    @Test
    void aTableThatFailsFailsTheStepNamingItAndTablesWithoutDataAreListed(@TempDir Path temp) throws Exception {
        Path landing = Files.createDirectories(temp.resolve("landing"));
        Path project = temp.resolve("project");
        Files.createDirectories(project.resolve("evidence"));
        Files.writeString(project.resolve("ebpm_project.yml"), "");
        // Prepares (every name and type binds) but fails when it runs: no check can tell, the night must.
        Files.writeString(project.resolve("evidence/broken.sql"), "SELECT CAST('x' || count(*) AS INTEGER) AS n "
                + "FROM indicator_value");
        Files.writeString(project.resolve("evidence/broken.yaml"), "title: 壊れた表\ndescription: d\ngrain: g\n");

        Ebpm.Result night = Ebpm.run("nightly", "--landing", landing.toString(), "--work",
                temp.resolve("work").toString(), "--project", project.toString(), "--as-of", "2026-11-21");

        String printed = night.out() + night.err();
        assertThat(night.exitCode()).as(printed).isEqualTo(1);
        assertThat(printed).contains("evidence table broken ("
                + project.toAbsolutePath().normalize().resolve("evidence/broken.sql") + ") failed: ");
        assertThat(printed).contains("achievement-by-pillar skipped: no data for achievement-by-pillar yet: run "
                + "'ebpm nightly' first, or give --fy");
    }
}
