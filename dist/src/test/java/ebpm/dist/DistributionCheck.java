package ebpm.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution as a user gets it: the archive unpacked into a folder of its own, far from the source tree, run
 * with nothing but a Java runtime (bin/ebpm, no Maven). Runs in mvn verify's integration-test phase (the archive is
 * made in package).
 */
class DistributionCheck {

    @TempDir
    static Path temp;

    static Path home;

    @BeforeAll
    static void unpack() throws Exception {
        Path archive = Path.of(System.getProperty("ebpm.dist.archive"));
        assertThat(archive).exists();
        Path installed = Files.createDirectories(temp.resolve("opt"));
        Result untar = run(installed, List.of("tar", "-xzf", archive.toString()));
        assertThat(untar.exit).as(untar.output).isZero();
        try (Stream<Path> folders = Files.list(installed)) {
            home = folders.findFirst().orElseThrow();
        }
    }

    @Test
    void carriesNoSparkOutsideTheAddOn() throws IOException {
        assertThat(home.resolve("lib/ebpm.jar")).isRegularFile();
        assertThat(home.resolve("lib/spark")).doesNotExist();
        try (Stream<Path> jars = Files.list(home.resolve("lib"))) {
            assertThat(jars.map(jar -> jar.getFileName().toString()))
                    .isNotEmpty()
                    .noneMatch(name -> name.startsWith("spark-") || name.startsWith("scala-")
                            || name.startsWith("ebpm-spark") || name.startsWith("netty-"));
        }
        assertThat(home.resolve("THIRD-PARTY.txt")).content().contains("duckdb_jdbc");
        assertThat(home.resolve("README.md")).content().contains("bin/ebpm nightly");
        assertThat(home.resolve("sample/landing/measures")).isDirectory();
    }

    /**
     * Issue 19's goal for the default distribution: at most 120 MB (dist.max.bytes). DuckDB's native library of one
     * platform; no hadoop-client-runtime, ICU or Zstandard (see jobs' and notebooks-export's POMs).
     */
    @Test
    void staysWithinTheSizeGoal() throws IOException {
        Path archive = Path.of(System.getProperty("ebpm.dist.archive"));
        long max = Long.parseLong(System.getProperty("ebpm.dist.max.bytes", "120000000"));
        assertThat(Files.size(archive)).as("size of " + archive.getFileName()).isLessThanOrEqualTo(max);
        try (Stream<Path> jars = Files.list(home.resolve("lib"))) {
            assertThat(jars.map(jar -> jar.getFileName().toString()))
                    .noneMatch(name -> name.startsWith("hadoop-client-") || name.startsWith("icu4j-")
                            || name.startsWith("zstd-jni-"));
        }
        Path duckdb;
        try (Stream<Path> jars = Files.list(home.resolve("lib"))) {
            duckdb = jars.filter(jar -> jar.getFileName().toString().startsWith("duckdb_jdbc-")).findFirst().orElseThrow();
        }
        try (var jar = new java.util.zip.ZipFile(duckdb.toFile())) {
            assertThat(jar.stream().map(java.util.zip.ZipEntry::getName).filter(name -> name.startsWith("libduckdb_java")))
                    .as("DuckDB's native libraries in " + duckdb.getFileName())
                    .hasSize(1);
        }
    }

    @Test
    void answersHelp() throws Exception {
        Result help = ebpm("--help");
        assertThat(help.exit).as(help.output).isZero();
        assertThat(help.output).contains("nightly", "init");
    }

    @Test
    void runsTheSampleNightIntoAWorkFolder() throws Exception {
        Path work = temp.resolve("work");
        Result night = ebpm("nightly", "--work", work.toString());
        assertThat(night.exit).as(night.output).isZero();
        Matcher rows = Pattern.compile("landing rows: read (\\d+) = written (\\d+) \\+ rejected (\\d+)")
                .matcher(night.output);
        assertThat(rows.find()).as(night.output).isTrue();
        long read = Long.parseLong(rows.group(1));
        assertThat(read).isPositive().isEqualTo(Long.parseLong(rows.group(2)) + Long.parseLong(rows.group(3)));
        try (Stream<Path> files = Files.walk(work.resolve("evidence"))) {
            List<String> names = files.map(file -> file.getFileName().toString()).toList();
            assertThat(names).contains("index.html").anyMatch(name -> name.endsWith(".xlsx"));
        }
    }

    @Test
    void saysHowToGetTheSparkEngine() throws Exception {
        Result spark = ebpm("nightly", "--engine", "spark", "--work", temp.resolve("spark-work").toString());
        assertThat(spark.exit).as(spark.output).isNotZero();
        assertThat(spark.output).contains("ebpm-spark-", "lib/spark");
    }

    @Test
    void startsAnOfficeProject() throws Exception {
        Path office = temp.resolve("office");
        Result init = ebpm("init", office.toString());
        assertThat(init.exit).as(init.output).isZero();
        assertThat(office.resolve("ebpm_project.yml")).isRegularFile();
    }

    private static Result ebpm(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/ebpm").toString()));
        command.addAll(List.of(arguments));
        // From a folder of its own: nothing of the source tree (sample-data/) is in reach.
        return run(Files.createDirectories(temp.resolve("cwd")), command);
    }

    private static Result run(Path folder, List<String> command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("EBPM_"));
        builder.environment().put("EBPM_CDS", "off");
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Path log = Files.createTempFile(temp, "run", ".log");
        builder.redirectOutput(log.toFile());
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(command + " did not finish in 5 minutes");
        }
        return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private record Result(int exit, String output) {
    }
}
