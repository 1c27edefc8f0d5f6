package ebpm.jobs.web;

import static org.assertj.core.api.Assertions.assertThat;

import ebpm.analytics.indicatordb.IndicatorStore;
import ebpm.analytics.project.Project;
import ebpm.jobs.WorkFolder;
import ebpm.jobs.cli.Ebpm;
import ebpm.jobs.cli.SampleRun;
import ebpm.web.ServeSettings;
import ebpm.web.auth.User;
import ebpm.web.auth.Users;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A download is the file {@code ebpm evidence} writes for the same filters, byte for byte but for the moment it was
 * made: both are written here and compared with every timestamp replaced (an XLSX entry by entry, since the zip
 * stamps its entries).
 */
class WebDownloadsTest {

    @TempDir
    static Path folder;

    static WorkFolderWebApp app;

    @BeforeAll
    static void start() throws Exception {
        Path work = SampleRun.work();
        Path usersFile = folder.resolve("users.txt");
        Users.add(usersFile, User.of("tanaka", "planner"), WebAppHttpTest.PASSWORD);
        app = WorkFolderWebApp.start(new WorkFolder(work),
                IndicatorStore.duckDbFile(new WorkFolder(work).indicatorDatabase()), Project.builtIn(),
                folder.resolve("landing"),
                new ServeSettings("127.0.0.1", 0, Optional.of(Users.read(usersFile))), line -> { });
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
    }

    @ParameterizedTest(name = "{0} {1} as {2}")
    @CsvSource({
            "achievement-by-pillar, fy=2020, csv", "achievement-by-pillar, fy=2020, xlsx",
            "achievement-by-pillar, fy=2020, html", "achievement-by-pillar, fy=2020, ipynb",
            "health-evaluations, fy=2020&municipality=141003, csv",
            "health-evaluations, fy=2020&municipality=141003, xlsx",
            "tourism-pageviews, fy=2020&site=kanagawa-now, html"})
    void aDownloadIsTheFileTheCommandWrites(String table, String query, String format) throws Exception {
        Path out = Files.createDirectories(folder.resolve(table + "-" + format + "-" + query.hashCode()));
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("evidence", table,
                "--work", SampleRun.work().toString(), "--format", format, "--out", out.toString()));
        for (String filter : query.split("&")) {
            String[] pair = filter.split("=");
            args.add("--" + pair[0]);
            args.add(pair[1]);
        }
        Ebpm.Result written = Ebpm.run(args.toArray(String[]::new));
        assertThat(written.exitCode()).as(written.err()).isZero();
        Path file = Path.of(written.out().lines().filter(line -> line.endsWith("." + format)).findFirst().orElseThrow());

        HttpResponse<byte[]> download = new WebClient(app.url())
                .basic("/evidence/" + table + "." + format + "?" + query, "tanaka", WebAppHttpTest.PASSWORD);

        assertThat(download.statusCode()).isEqualTo(200);
        if (format.equals("ipynb")) {
            // The notebook with the Parquet extracts and the font it reads, as the command writes them beside it.
            String top = file.getFileName().toString().replace(".ipynb", "-ipynb");
            assertThat(download.headers().firstValue("Content-Disposition"))
                    .hasValue("attachment; filename=\"" + top + ".zip\"");
            Path unpacked = unzip(download.body(), Files.createDirectories(out.resolveSibling(out.getFileName() + "-zip")));
            assertThat(filesOf(unpacked.resolve(top))).isEqualTo(filesOf(out))
                    .containsKey("fonts/NotoSansJP-Regular.ttf").hasSizeGreaterThan(3);
            return;
        }
        assertThat(download.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"" + file.getFileName() + "\"");
        byte[] cli = Files.readAllBytes(file);
        if (format.equals("xlsx")) {
            assertThat(entries(download.body())).isEqualTo(entries(cli));
        } else {
            assertThat(withoutTimes(download.body())).isEqualTo(withoutTimes(cli));
        }
    }

    @org.junit.jupiter.api.Test
    void theIndicatorExplorersCsvIsTheIndicatorTableTheCommandWrites() throws Exception {
        Path out = Files.createDirectories(folder.resolve("indicator-explorer"));
        Ebpm.Result written = Ebpm.run("evidence", "indicator", "--work", SampleRun.work().toString(),
                "--indicator", "health_participation_rate", "--area", "141003", "--format", "csv",
                "--out", out.toString());
        assertThat(written.exitCode()).as(written.err()).isZero();
        Path file = Path.of(written.out().lines().filter(line -> line.endsWith(".csv")).findFirst().orElseThrow());

        HttpResponse<byte[]> download = new WebClient(app.url())
                .basic("/indicators/health_participation_rate.csv?area=141003", "tanaka", WebAppHttpTest.PASSWORD);

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(withoutTimes(download.body())).isEqualTo(withoutTimes(Files.readAllBytes(file)))
                .contains("横浜市");
    }

    /** Each entry of a zip (an XLSX) by name, its timestamps replaced. */
    static Map<String, String> entries(byte[] zip) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), withoutTimes(in.readAllBytes()));
            }
        }
        return entries;
    }

    /**
     * Each file under a folder by its path: its text without timestamps, or for a Parquet extract its rows in order
     * (DuckDB writes the same rows in an order of its threads' choosing).
     */
    static Map<String, Object> filesOf(Path folder) throws Exception {
        Map<String, Object> files = new TreeMap<>();
        try (var walk = Files.walk(folder);
             java.sql.Connection duckdb = java.sql.DriverManager.getConnection("jdbc:duckdb:")) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString(), file.toString().endsWith(".parquet")
                        ? ebpm.analytics.engine.QueryRows.of(duckdb, "SELECT * FROM read_parquet('" + file + "') ORDER BY ALL")
                        : withoutTimes(Files.readAllBytes(file)));
            }
        }
        return files;
    }

    static Path unzip(byte[] zip, Path into) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path file = into.resolve(entry.getName()).normalize();
                assertThat(file.startsWith(into)).as(entry.getName()).isTrue();
                Files.createDirectories(file.getParent());
                Files.copy(in, file);
            }
        }
        return into;
    }

    /** The text with every date-time (ISO, or as the pages print it) replaced by one word. */
    static String withoutTimes(byte[] content) {
        return new String(content, StandardCharsets.UTF_8)
                .replaceAll("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?", "<time>")
                .replaceAll("\\d{4}年\\d{1,2}月\\d{1,2}日\\s*\\d{1,2}:\\d{2}(:\\d{2})?", "<time>");
    }
}
