package ebpm.jobs.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import ebpm.jobs.cli.Ebpm;
import ebpm.jobs.cli.TestFolders;
import ebpm.jobs.cli.WorkQueries;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scheduled consumers and the night leave each other alone: a consumer that keeps a read-only connection on
 * {@code indicators.duckdb} for the whole night and one that polls it succeed, and so does the night; the poller sees
 * the previous night or the new one, never a mix; {@code ebpm evidence} and {@code ebpm status} work meanwhile.
 * Consumers run in JVMs of their own: DuckDB's file lock is per process.
 */
class ReadersDuringTheNightTest {

    @TempDir
    Path folder;

    @Test
    void consumersReadThroughoutANightThatSucceedsAndSeeOneNightOrTheOther() throws Exception {
        Path landing = folder.resolve("landing");
        Path work = folder.resolve("work");
        TestFolders.copyTree(Ebpm.SAMPLE_LANDING.resolve("measures"), landing.resolve("measures"));
        assertThat(Ebpm.nightly(landing, work).exitCode()).isZero();
        String previousNight = snapshot(work);
        // Tonight brings new files, one large enough to ask while it is read: the manifest and the values change.
        TestFolders.copyTree(Ebpm.SAMPLE_LANDING.resolve("observations"), landing.resolve("observations"));
        KillAndRestartTest.writeManyObservations(landing.resolve("observations/many-observations.csv"));
        Path database = work.resolve("indicators.duckdb");
        Path stop = folder.resolve("stop");
        Path held = folder.resolve("held.txt");
        Path polled = folder.resolve("polled.txt");
        Process holder = IndicatorConsumer.start("hold", database, stop, held);
        Process poller = IndicatorConsumer.start("poll", database, stop, polled);
        awaitLines(held, 1);
        awaitLines(polled, 1);

        NightlyProcess nightly = NightlyProcess.start(landing, work);
        nightly.awaitWhileRunning("the observations Parquet file is being written",
                () -> KillAndRestartTest.hasFileEndingWith(work.resolve("lake/observations"), ".parquet.tmp"));
        Ebpm.Result evidence = Ebpm.run("evidence", "achievement-by-pillar", "--fy", "2020", "--format", "csv",
                "--work", work.toString(), "--out", folder.resolve("out").toString());
        Ebpm.Result status = Ebpm.run("status", "--work", work.toString());
        assertThat(nightly.isAlive()).as("the night was still running").isTrue();
        int night = nightly.awaitExit();
        Thread.sleep(500);
        Files.writeString(stop, "");

        assertThat(night).as(nightly.output()).isZero();
        assertThat(holder.waitFor(30, TimeUnit.SECONDS) && holder.exitValue() == 0).as(log(held)).isTrue();
        assertThat(poller.waitFor(30, TimeUnit.SECONDS) && poller.exitValue() == 0).as(log(polled)).isTrue();
        String newNight = snapshot(work);
        assertThat(newNight).isNotEqualTo(previousNight);
        // The connection held all night keeps the snapshot it opened; the poller sees one night or the other.
        assertThat(lines(held)).containsOnly(previousNight);
        assertThat(lines(polled)).containsOnly(previousNight, newNight).contains(previousNight, newNight);
        assertThat(evidence.exitCode()).as(evidence.err()).isZero();
        assertThat(folder.resolve("out/achievement-by-pillar_FY2020.csv")).exists();
        assertThat(status.exitCode()).as(status.err()).isZero();
        assertThat(status.out()).contains("a nightly run", "is working on").containsPattern("ingestObservations +STARTED")
                .doesNotContain("Exception");
        assertThat(status.err()).isEmpty();
        assertThat(work.resolve("indicators.duckdb.building")).doesNotExist();
    }

    private static String snapshot(Path work) throws Exception {
        return String.valueOf(WorkQueries.query(work, IndicatorConsumer.SNAPSHOT).get(0).get(0));
    }

    private static void awaitLines(Path file, int count) throws InterruptedException {
        for (int i = 0; i < 600 && lines(file).size() < count; i++) {
            Thread.sleep(50);
        }
        assertThat(lines(file)).as(log(file)).hasSizeGreaterThanOrEqualTo(count);
    }

    private static List<String> lines(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String log(Path seen) {
        Path log = seen.resolveSibling(seen.getFileName() + ".log");
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "(no output)";
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}
