package ebpm.jobs.nightly;

import static ebpm.jobs.cli.WorkQueries.query;
import static org.assertj.core.api.Assertions.assertThat;

import ebpm.jobs.cli.Ebpm;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files in a misspelt folder or at the landing root are named by the night and the manifest, with the folder meant. */
class UnreadFilesTest {

    @TempDir
    Path temp;

    @Test
    void everyFileNoSourceReadsIsNamedWithAHintAndLeavesTheManifestOnceMoved() throws Exception {
        Path landing = temp.resolve("landing");
        write(landing.resolve("Health/yokohama.csv"));
        write(landing.resolve("measure/fy2021.csv"));
        write(landing.resolve("stray.csv"));
        Path work = temp.resolve("work");

        Ebpm.Result night = Ebpm.nightly(landing, work);

        assertThat(night.exitCode()).as(night.err()).isZero();
        assertThat(night.out()).contains(
                "Health/yokohama.csv: NOT READ — no source reads Health/; did you mean health/?",
                "measure/fy2021.csv: NOT READ — no source reads measure/; did you mean measures/?",
                "stray.csv: NOT READ — lies at the landing root, which no source reads; put it in the folder of "
                        + "its source (measures/, observations/, health/, tourism-pv/)",
                "3 not read (no source reads their folder)");
        assertThat(query(work, "SELECT landing_path, status FROM ingest_manifest ORDER BY landing_path"))
                .containsExactly(List.of("Health/yokohama.csv", "NOT_READ"), List.of("measure/fy2021.csv", "NOT_READ"),
                        List.of("stray.csv", "NOT_READ"));

        Files.delete(landing.resolve("stray.csv"));
        Ebpm.nightly(landing, work);
        assertThat(query(work, "SELECT count(*) FROM ingest_manifest WHERE status = 'NOT_READ'"))
                .containsExactly(List.of(2L));
    }

    private static void write(Path file) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "a,b\n1," + file.getFileName() + "\n", StandardCharsets.UTF_8);
    }
}
