package ebpm.jobs.nightly;

import static ebpm.jobs.cli.WorkQueries.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ebpm.jobs.cli.Ebpm;
import ebpm.jobs.cli.SampleRun;
import ebpm.jobs.cli.TestFolders;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A failed night tells the operator why, where and what to do, in a line or two on the console and in
 * {@code ebpm status}, without a stack trace; and it restarts where it stopped once the cause is fixed.
 */
class FailuresSayWhyTest {

    private static final String VALUES = "SELECT indicator_code, area_code, breakdown, period_type, period, value, "
            + "target FROM indicator_value ORDER BY ALL";

    @TempDir
    Path temp;

    @Test
    void aDamagedIndicatorDatabaseIsNamedWithWhatToDo() throws Exception {
        Path landing = measuresOnly();
        Path work = temp.resolve("work");
        assertThat(Ebpm.nightly(landing, work).exitCode()).isZero();
        Path database = work.resolve("indicators.duckdb");
        scribbleOver(database);

        Ebpm.Result night = nightOf("2026-11-22", landing, work);

        assertThat(night.exitCode()).isEqualTo(1);
        // The night's private copy is made from the damaged file, and its first step finds it so.
        assertThat(night.err()).contains("ebpm: nightly run FAILED in step surveyLanding: the DuckDB database file "
                        + database + ".building is damaged (Corrupt database file")
                .contains("restore it from a backup, or move it aside")
                .contains("run 'ebpm nightly' again: it restarts where it stopped")
                .doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void aStepThatFailsIsNamedWithItsCauseOnTheConsoleAndInStatusAndARestartKeepsItsLandingZone() throws Exception {
        Path landing = measuresOnly();
        Path work = temp.resolve("work");
        assertThat(Ebpm.nightly(landing, work).exitCode()).isZero();
        // A lake file that cannot be read and cannot be rebuilt: its landing file is gone.
        Path lakeFile;
        try (var files = Files.walk(work.resolve("lake/measures"))) {
            lakeFile = files.filter(file -> file.toString().endsWith(".parquet")).findFirst().orElseThrow();
        }
        scribbleOver(lakeFile);
        TestFolders.deleteTree(landing.resolve("measures"));
        Files.createDirectories(landing.resolve("measures"));

        Ebpm.Result night = nightOf("2026-11-22", landing, work);

        assertThat(night.exitCode()).isEqualTo(1);
        assertThat(night.err()).contains("ebpm: nightly run FAILED in step checkLake: ")
                .contains(lakeFile.getFileName().toString())
                .contains("run 'ebpm nightly' again: it restarts where it stopped")
                .doesNotContain("\tat ");
        assertThat(Ebpm.run("status", "--work", work.toString()).out())
                .containsPattern("checkLake +FAILED[^\n]*\n +failed: [^\n]*" + lakeFile.getFileName());

        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        Ebpm.Result restart = nightOf("2026-11-22", elsewhere, work);

        assertThat(restart.exitCode()).isEqualTo(1);
        assertThat(restart.err()).contains("run 2026-11-22#2 did not complete and was reading " + landing
                + "; restart it with --landing " + landing);
    }

    @Test
    void aFullDiskSaysSoWithTheFolderAndTheNightCarriesOnOnceThereIsSpace() throws Exception {
        Path disk = Files.createDirectories(temp.resolve("small-disk"));
        assumeTrue(mount("-t", "tmpfs", "-o", "size=6m", "tmpfs", disk.toString()),
                "needs to mount a small tmpfs (root on Linux) to fill a disk");
        try {
            Path work = disk.resolve("work");

            Ebpm.Result full = Ebpm.nightly(Ebpm.SAMPLE_LANDING, work);

            assertThat(full.exitCode()).isEqualTo(1);
            assertThat(full.err()).containsPattern("no space left on device writing (in )?" + disk)
                    .contains("free space on that disk").doesNotContain("\tat ");

            assertThat(mount("-o", "remount,size=400m", disk.toString())).isTrue();
            Ebpm.Result restarted = Ebpm.nightly(Ebpm.SAMPLE_LANDING, work);

            assertThat(restarted.exitCode()).as(restarted.err()).isZero();
            assertThat(query(work, VALUES)).isEqualTo(query(SampleRun.work(), VALUES));
        } finally {
            mount("-u", disk.toString());
        }
    }

    @Test
    void runIdsStayUniqueAfterTheJobRepositoryIsDeleted() throws Exception {
        Path landing = measuresOnly();
        Path work = temp.resolve("work");
        assertThat(Ebpm.nightly(landing, work).exitCode()).isZero();
        TestFolders.deleteTree(work.resolve("job-repository"));
        TestFolders.copyTree(Ebpm.SAMPLE_LANDING.resolve("observations"), landing.resolve("observations"));

        Ebpm.Result second = Ebpm.nightly(landing, work);

        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).contains("run 2026-11-21#2");
        assertThat(query(work, "SELECT DISTINCT source, run_id FROM ingest_manifest ORDER BY ALL")).containsExactly(
                java.util.List.of("measures", "2026-11-21#1"), java.util.List.of("observations", "2026-11-21#2"));
    }

    private Path measuresOnly() throws IOException {
        return TestFolders.copyTree(Ebpm.SAMPLE_LANDING.resolve("measures"), temp.resolve("landing/measures"))
                .getParent();
    }

    private static Ebpm.Result nightOf(String asOf, Path landing, Path work) {
        return Ebpm.run("nightly", "--landing", landing.toString(), "--work", work.toString(), "--as-of", asOf);
    }

    /** Random bytes over the middle of a file: what a failing disk or a stray copy leaves. */
    private static void scribbleOver(Path file) throws IOException {
        byte[] noise = new byte[20_000];
        new Random(7).nextBytes(noise);
        try (RandomAccessFile open = new RandomAccessFile(file.toFile(), "rw")) {
            open.seek(5_000);
            open.write(noise);
        }
    }

    /** mount or umount ({@code -u}); false when this machine does not let us. */
    private static boolean mount(String... arguments) throws Exception {
        boolean unmount = arguments[0].equals("-u");
        var command = new java.util.ArrayList<String>();
        command.add(unmount ? "umount" : "mount");
        command.addAll(java.util.Arrays.asList(arguments).subList(unmount ? 1 : 0, arguments.length));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException noSuchProgram) {
            return false;
        }
    }
}
