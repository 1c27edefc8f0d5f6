package ebpm.jobs.cli;

import static ebpm.jobs.cli.WorkQueries.query;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ebpm reprocess}: a source's files read again now, replacing their lake output, idempotently. */
class ReprocessCommandTest {

    @TempDir
    Path landing;
    @TempDir
    Path work;
    @TempDir
    Path scratch;

    @BeforeEach
    void aNightWithACleanFileAndOneWithARejectedRow() throws IOException {
        Ga4Exports.write(landing, "tourism-pv/kanagawa-now/april.csv", "20200401,/stay/a/,A,10,5");
        Ga4Exports.write(landing, "tourism-pv/inbound/april.csv", "20200401,/en/stay/a/,A,3,2",
                "20200401,/en/stay/b/,B,many,1");
        Ebpm.Result night = Ebpm.nightly(landing, work);
        assertThat(night.exitCode()).as(night.err()).isZero();
    }

    @Test
    void reprocessingTwiceGivesTheSameLakeFilesRowsRejectsAndManifest() throws Exception {
        Snapshot afterNight = snapshot();

        Ebpm.Result first = reprocess("tourism-pv");
        Snapshot afterFirst = snapshot();
        Ebpm.Result second = reprocess("tourism-pv");

        assertThat(first.exitCode()).as(first.err()).isZero();
        // The lines the command prints (not the log's, which carry the time): the same both times.
        assertThat(printed(first)).isEqualTo(printed(second));
        assertThat(first.out()).contains(
                "tourism-pv april.csv: INGESTED read 2, written 1, rejected 1 (read again: asked by ebpm reprocess; "
                        + "before: INGESTED read 2, written 1, rejected 1)",
                "tourism-pv april.csv: INGESTED read 1, written 1, rejected 0 (read again: asked by ebpm reprocess; "
                        + "before: INGESTED read 1, written 1, rejected 0)",
                "tourism-pv: 2 file(s) read again into ",
                "the indicators and the evidence pack change on the next 'ebpm nightly'");
        assertThat(snapshot()).isEqualTo(afterFirst);
        // Under the same rules, the lake rows are those the night wrote: the same times, the same names.
        assertThat(afterFirst.lakeRows()).isEqualTo(afterNight.lakeRows());
        assertThat(afterFirst.manifest()).isEqualTo(afterNight.manifest());
    }

    @Test
    void oneFileIsNamedByItsPathWhenItsNameIsNotEnough() throws Exception {
        Ebpm.Result ambiguous = reprocess("tourism-pv", "--file", "april.csv");
        assertThat(ambiguous.exitCode()).isEqualTo(2);
        assertThat(ambiguous.err()).contains("'april.csv' is the name of 2 files of tourism-pv; give the one meant by "
                + "its path: tourism-pv/inbound/april.csv, tourism-pv/kanagawa-now/april.csv");

        Ebpm.Result one = reprocess("tourism-pv", "--file", "inbound/april.csv");

        assertThat(one.exitCode()).as(one.err()).isZero();
        assertThat(one.out()).contains("rejected 1 (read again: asked by ebpm reprocess;", "1 file(s) read again");
        assertThat(query(work, "SELECT landing_path FROM ingest_manifest WHERE run_id LIKE 'reprocess@%'"))
                .containsExactly(List.of("tourism-pv/inbound/april.csv"));
    }

    @Test
    void anUnknownFileIsAnErrorListingTheSourcesFiles() {
        Ebpm.Result result = reprocess("tourism-pv", "--file", "may.csv");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("tourism-pv has no file 'may.csv'; its files are: "
                + "tourism-pv/inbound/april.csv, tourism-pv/kanagawa-now/april.csv");
    }

    @Test
    void anUnknownSourceIsAUsageErrorNamingTheSources() {
        Ebpm.Result result = reprocess("tourism");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("unknown source 'tourism'; the sources are measures, observations, health, "
                + "tourism-pv");
    }

    @Test
    void aRunningNightKeepsReprocessOffTheWorkFolder() throws Exception {
        Process night = holdRunLock();
        try {
            Ebpm.Result result = reprocess("tourism-pv");

            assertThat(result.exitCode()).isEqualTo(3);
            assertThat(result.err()).contains("another nightly run is working on this folder");
        } finally {
            night.destroyForcibly().waitFor();
        }
    }

    private Ebpm.Result reprocess(String... arguments) {
        List<String> command = new java.util.ArrayList<>(List.of("reprocess"));
        command.addAll(List.of(arguments));
        command.addAll(List.of("--landing", landing.toString(), "--work", work.toString()));
        return Ebpm.run(command.toArray(String[]::new));
    }

    /**
     * Another JVM holding the work folder's run lock as a nightly run does (an OS lock: the same JVM could not be
     * refused it), started from a one-file Java program; returns once it holds the lock.
     */
    private Process holdRunLock() throws IOException {
        Path program = Files.writeString(scratch.resolve("HoldLock.java"), """
                import java.nio.channels.FileChannel;
                import java.nio.file.Path;
                import java.nio.file.StandardOpenOption;
                public class HoldLock {
                    public static void main(String[] args) throws Exception {
                        FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE,
                                StandardOpenOption.WRITE, StandardOpenOption.READ);
                        channel.lock();
                        System.out.println("locked");
                        Thread.sleep(120_000);
                    }
                }
                """);
        Path lock = new ebpm.jobs.WorkFolder(work).runLock();
        Files.createDirectories(lock.getParent());
        Process process = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                program.toString(), lock.toString()).redirectErrorStream(true).start();
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        assertThat(output.readLine()).isEqualTo("locked");
        return process;
    }

    /** What a reprocess may change: the lake files (by content), their rows, the rejects and the manifest. */
    record Snapshot(Map<String, String> lakeFiles, List<List<Object>> lakeRows, Map<String, String> rejects,
                    List<List<Object>> manifest) {
    }

    private Snapshot snapshot() throws IOException, SQLException {
        return new Snapshot(sha256s(work.resolve("lake")),
                query(work, "SELECT * FROM read_parquet('" + work.resolve("lake/page_views/**/*.parquet")
                        + "') ORDER BY ALL"),
                sha256s(work.resolve("rejects")),
                // The run and the time of the last read change with every read; what it found must not.
                query(work, "SELECT source, file_name, checksum, status, rows_read, rows_written, rows_rejected, "
                        + "message, lake_file, rejects_file, landing_path, rules_fingerprint, first_seen_at "
                        + "FROM ingest_manifest ORDER BY ALL"));
    }

    private static Map<String, String> sha256s(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString(), sha256(Files.readAllBytes(file)));
            }
        }
        return files;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static java.util.List<String> printed(Ebpm.Result result) {
        return result.out().lines().filter(line -> line.startsWith("tourism-pv")).toList();
    }
}
