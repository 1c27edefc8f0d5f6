package ebpm.jobs.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ebpm.analytics.indicatordb.IndicatorStore;
import ebpm.analytics.project.Project;
import ebpm.jobs.WorkFolder;
import ebpm.jobs.cli.Ebpm;
import ebpm.jobs.cli.SampleRun;
import ebpm.web.ServeSettings;
import ebpm.web.auth.User;
import ebpm.web.auth.Users;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web app over the sample night, spoken to in HTTP as browsers and scripts do: who may open what, what a
 * hostile filter gets (a 400 or 404 in Japanese, never a 500), the login, the form token, the access log.
 */
class WebAppHttpTest {

    static final String PASSWORD = "kanagawa-2026!";

    @TempDir
    static Path folder;

    static WorkFolderWebApp app;
    static final List<String> accessLog = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        Path work = SampleRun.work();
        Path usersFile = folder.resolve("users.txt");
        Users.add(usersFile, User.of("tanaka", "planner"), PASSWORD);
        Users.add(usersFile, User.of("suzuki", "operator"), PASSWORD);
        Users.add(usersFile, User.of("yokohama", "municipality:141003"), PASSWORD);
        Users.add(usersFile, User.of("sato", "planner"), PASSWORD);
        app = WorkFolderWebApp.start(new WorkFolder(work), IndicatorStore.duckDbFile(new WorkFolder(work)
                        .indicatorDatabase()), Project.builtIn(), folder.resolve("landing"),
                new ServeSettings("127.0.0.1", 0, Optional.of(Users.read(usersFile))), accessLog::add);
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
    }

    @Test
    void aPlannerLogsInAndReadsATableForTheFiscalYearInTheLink() throws Exception {
        WebClient planner = WebClient.loggedIn(app.url(), "tanaka", PASSWORD);
        HttpResponse<String> page = planner.get("/evidence/achievement-by-pillar?fy=2020");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<option value=\"2020\" selected>令和2年度（2020）</option>")
                .contains("<table").contains("出典・算出方法")
                .contains("href=\"/evidence/achievement-by-pillar.xlsx?fy=2020\"");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("default-src 'none'"));
    }

    @Test
    void theLoginCookieIsHttpOnlyAndStrictAndAWrongPasswordIsRefused() throws Exception {
        WebClient client = new WebClient(app.url());
        assertThat(client.login("tanaka", "wrong").statusCode()).isEqualTo(401);
        assertThat(client.get("/").statusCode()).isEqualTo(303);
        HttpResponse<String> login = client.login("tanaka", PASSWORD);
        assertThat(login.statusCode()).isEqualTo(303);
        assertThat(login.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie ->
                assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict"));
        assertThat(client.get("/").statusCode()).isEqualTo(200);
    }

    /** Every route for nobody and each role; pages send strangers to the login form, downloads ask for Basic. */
    @Test
    void fiveWrongPasswordsLockTheNameOutOfTheFormAndOfHttpBasic() throws Exception {
        WebClient guesser = new WebClient(app.url());
        for (int i = 0; i < 5; i++) {
            assertThat(guesser.login("sato", "guess-" + i).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> locked = guesser.login("sato", PASSWORD);
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.body()).contains("ログインの失敗が続いたため");
        assertThat(new WebClient(app.url()).basic("/evidence/achievement-by-pillar.csv?fy=2020", "sato", PASSWORD)
                .statusCode()).isEqualTo(429);
        assertThat(WebClient.loggedIn(app.url(), "tanaka", PASSWORD).get("/").statusCode())
                .as("another name logs in").isEqualTo(200);
    }

    @Test
    void everyRouteServesItsRolesOnly() throws Exception {
        Map<String, List<Integer>> expected = Map.ofEntries(
                // anonymous, planner, operator, municipality
                Map.entry("/", List.of(303, 200, 200, 403)),
                Map.entry("/evidence/achievement-by-pillar", List.of(303, 200, 200, 403)),
                Map.entry("/evidence/achievement-by-pillar.csv", List.of(401, 200, 200, 403)),
                Map.entry("/indicators", List.of(303, 200, 200, 403)),
                Map.entry("/indicators/health_participation_rate", List.of(303, 200, 200, 403)),
                Map.entry("/indicators/health_participation_rate.csv", List.of(401, 200, 200, 403)),
                Map.entry("/evidence/visitor-trend/chart.png", List.of(303, 200, 200, 403)),
                Map.entry("/runs", List.of(303, 403, 200, 403)),
                Map.entry("/rejects", List.of(303, 403, 200, 403)),
                Map.entry("/submissions/health", List.of(303, 403, 200, 200)),
                Map.entry("/login", List.of(200, 200, 200, 200)),
                Map.entry("/static/ebpm.css", List.of(200, 200, 200, 200)));
        List<WebClient> clients = List.of(new WebClient(app.url()), WebClient.loggedIn(app.url(), "tanaka", PASSWORD),
                WebClient.loggedIn(app.url(), "suzuki", PASSWORD), WebClient.loggedIn(app.url(), "yokohama", PASSWORD));
        for (Map.Entry<String, List<Integer>> route : expected.entrySet()) {
            for (int i = 0; i < clients.size(); i++) {
                assertThat(clients.get(i).get(route.getKey()).statusCode())
                        .as("%s for client %d", route.getKey(), i).isEqualTo(route.getValue().get(i));
            }
        }
    }

    @Test
    void theCatalogShowsAThumbnailOfEachChartDrawnAtItsDefaultFilters() throws Exception {
        WebClient planner = WebClient.loggedIn(app.url(), "tanaka", PASSWORD);
        assertThat(planner.get("/").body()).contains("<img src=\"/evidence/visitor-trend/chart.png\"")
                .doesNotContain("/evidence/indicator/chart.png").doesNotContain("/evidence/measure-status/chart.png");
        HttpResponse<byte[]> png = planner.bytes("/evidence/visitor-trend/chart.png");
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png.body())).getWidth()).isGreaterThan(200);
        // On the sample, every thumbnail the catalog shows is drawn.
        java.util.regex.Matcher thumbnails = java.util.regex.Pattern.compile("<img src=\"(/evidence/[^\"]+/chart\\.png)\"")
                .matcher(planner.get("/").body());
        int shown = 0;
        while (thumbnails.find()) {
            assertThat(planner.bytes(thumbnails.group(1)).statusCode()).as(thumbnails.group(1)).isEqualTo(200);
            shown++;
        }
        assertThat(shown).isGreaterThan(5);
        assertThat(planner.get("/evidence/measure-status/chart.png").statusCode()).as("declares no chart").isEqualTo(404);
        assertThat(planner.get("/evidence/indicator/chart.png").statusCode()).as("needs an indicator").isEqualTo(404);
    }

    @Test
    void aPlannerExploresAnIndicatorByAreaAndReadsItsChangeAndTarget() throws Exception {
        WebClient planner = WebClient.loggedIn(app.url(), "tanaka", PASSWORD);
        HttpResponse<String> list = planner.get("/indicators");
        assertThat(list.body()).contains("href=\"/indicators/health_participation_rate\"").contains("href=\"/indicators\"");
        HttpResponse<String> page = planner.get("/indicators/health_participation_rate?area=141003");
        assertThat(page.statusCode()).isEqualTo(200);
        // The areas offered are those the indicator has values for, the prefecture first; the table has the
        // change from the period before and the target ratio, with the chart, as 'ebpm evidence indicator' shows.
        assertThat(page.body()).contains("<option value=\"141003\" selected>横浜市（141003）</option>")
                .containsPattern("<option value=\"140007\"[^>]*>神奈川県（140007）</option>\\s*<option value=\"141003\"")
                .contains("前期間の値").contains("増減率(%)").contains("目標比(%)").contains("<img")
                .contains("href=\"/indicators/health_participation_rate.csv?area=141003\"");
    }

    @Test
    void downloadsTakeHttpBasicAndRefuseAWrongPassword() throws Exception {
        WebClient script = new WebClient(app.url());
        assertThat(script.basic("/evidence/achievement-by-pillar.csv?fy=2020", "tanaka", PASSWORD).statusCode())
                .isEqualTo(200);
        HttpResponse<byte[]> wrong = script.basic("/evidence/achievement-by-pillar.csv?fy=2020", "tanaka", "nope");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"ebpm\", charset=\"UTF-8\"");
        // Basic is for downloads: a page still asks for the login form.
        assertThat(script.basic("/evidence/achievement-by-pillar?fy=2020", "tanaka", PASSWORD).statusCode())
                .isEqualTo(303);
    }

    @Test
    void hostileFilterValuesAreRefusedInJapaneseNeverWithA500() throws Exception {
        WebClient planner = WebClient.loggedIn(app.url(), "tanaka", PASSWORD);
        Map<String, Integer> refused = new java.util.LinkedHashMap<>();
        refused.put("/evidence/achievement-by-pillar?fy=abc", 400);
        refused.put("/evidence/achievement-by-pillar?fy=99999", 400);
        refused.put("/evidence/achievement-by-pillar?fy=2020&fy=2021", 400);
        refused.put("/evidence/achievement-by-pillar?nosuch=1", 400);
        refused.put("/evidence/health-evaluations?municipality=%27%20OR%201%3D1", 400);
        refused.put("/evidence/health-evaluations?municipality=999999", 400);
        refused.put("/evidence/health-evaluations.csv?municipality=%27%3B%20DROP%20TABLE%20indicator_value%3B--", 400);
        refused.put("/evidence/tourism-pageviews?site=%3Cscript%3Ealert(1)%3C%2Fscript%3E", 400);
        refused.put("/evidence/indicator?indicator=tourism_visitors&breakdown=" + "x".repeat(300), 400);
        refused.put("/evidence/achievement-by-pillar?fy=%FF%FE", 400);
        refused.put("/evidence/nosuch-table", 404);
        refused.put("/evidence/nosuch-table.xlsx", 404);
        refused.put("/evidence/achievement-by-pillar.exe", 404);
        refused.put("/evidence/..%2F..%2Fetc%2Fpasswd", 404);
        refused.put("/evidence/%2E%2E/%2E%2E/etc/passwd", 404);
        refused.put("/static/..%2F..%2Fpom.xml", 404);
        refused.put("/indicators/nosuch_indicator", 404);
        refused.put("/indicators/health_participation_rate?area=999999", 400);
        refused.put("/indicators/health_participation_rate?area=141003&area=141305", 400);
        refused.put("/indicators/health_participation_rate?breakdown=%3Cscript%3E", 400);
        refused.put("/indicators/health_participation_rate?fy=2020", 400);
        refused.put("/indicators/health_participation_rate.csv?area=%27%20OR%201%3D1", 400);
        refused.put("/indicators/..%2Fhealth_participation_rate", 404);
        for (Map.Entry<String, Integer> request : refused.entrySet()) {
            HttpResponse<String> answer = planner.get(request.getKey());
            assertThat(answer.statusCode()).as(request.getKey()).isEqualTo(request.getValue());
            assertThat(answer.body()).as(request.getKey()).containsPattern("[ぁ-んァ-ン]")
                    .doesNotContain("Exception").doesNotContain("<script>");
        }
        // An indicator table asks for its indicator before it shows anything.
        HttpResponse<String> required = planner.get("/evidence/indicator");
        assertThat(required.statusCode()).isEqualTo(200);
        assertThat(required.body()).contains("を選んでから表示します");
        assertThat(planner.get("/evidence/indicator.csv").statusCode()).isEqualTo(400);
    }

    @Test
    void aFormPostedWithoutTheSessionsTokenIsRefused() throws Exception {
        WebClient planner = WebClient.loggedIn(app.url(), "tanaka", PASSWORD);
        assertThat(planner.get("/").statusCode()).isEqualTo(200);
        assertThat(planner.postRaw("/logout", Map.of()).statusCode()).isEqualTo(403);
        assertThat(planner.postRaw("/logout", Map.of("csrf", "guessed")).statusCode()).isEqualTo(403);
        assertThat(planner.get("/").statusCode()).isEqualTo(200);
        assertThat(planner.post("/logout", Map.of()).statusCode()).isEqualTo(303);
        assertThat(planner.get("/").statusCode()).isEqualTo(303);
    }

    @Test
    void theAccessLogNamesUserAndPathButNeverAPassword() throws Exception {
        WebClient.loggedIn(app.url(), "tanaka", PASSWORD).get("/evidence/achievement-by-pillar?fy=2020");
        new WebClient(app.url()).basic("/evidence/achievement-by-pillar.csv?fy=2020", "tanaka", PASSWORD);
        assertThat(accessLog).anySatisfy(line -> assertThat(line)
                .contains(" tanaka GET /evidence/achievement-by-pillar?fy=2020 200 "));
        assertThat(String.join("\n", accessLog)).doesNotContain(PASSWORD).doesNotContain("a2FuYWdhd2");
    }

    @Test
    void withoutAUsersFileTheServerBindsThisMachineOnly() throws Exception {
        assertThatThrownBy(() -> new ServeSettings("0.0.0.0", 8080, Optional.empty()))
                .hasMessageContaining("127.0.0.1");
        Ebpm.Result refused = Ebpm.run("serve", "--work", SampleRun.work().toString(), "--bind", "0.0.0.0");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("--users");
    }

    @Test
    void withoutAUsersFileThisMachineNeedsNoLoginButAnotherHostNameIsRefused() throws Exception {
        try (WorkFolderWebApp local = WorkFolderWebApp.start(new WorkFolder(SampleRun.work()),
                IndicatorStore.duckDbFile(new WorkFolder(SampleRun.work()).indicatorDatabase()), Project.builtIn(),
                folder.resolve("landing"), new ServeSettings("127.0.0.1", 0, Optional.empty()), line -> { })) {
            WebClient here = new WebClient(local.url());
            assertThat(here.get("/runs").statusCode()).isEqualTo(200);
            assertThat(here.get("/evidence/achievement-by-pillar?fy=2020").body()).contains("この端末の利用者");
            // Forms still carry the session's token: a page of another site cannot post to the local server.
            assertThat(here.postRaw("/submissions/health", Map.of("municipality", "141003")).statusCode())
                    .isEqualTo(403);
            // A name that resolves to 127.0.0.1 (DNS rebinding) is not this machine's name.
            int port = java.net.URI.create(local.url()).getPort();
            try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
                socket.getOutputStream().write(("GET / HTTP/1.1\r\nHost: evil.example:" + port
                        + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(answer).startsWith("HTTP/1.1 403").contains("127.0.0.1");
            }
        }
    }

    @Test
    void usersAddReadsThePasswordFromStandardInputOnly() throws Exception {
        Path file = folder.resolve("cli-users.txt");
        java.io.InputStream in = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream((PASSWORD + "\n").getBytes(StandardCharsets.UTF_8)));
            Ebpm.Result added = Ebpm.run("users", "add", "kawasaki", "--role", "municipality:141305",
                    "--password-stdin", "--users", file.toString());
            assertThat(added.exitCode()).as(added.err()).isZero();
            assertThat(added.out()).doesNotContain(PASSWORD);
            System.setIn(new java.io.ByteArrayInputStream((PASSWORD + "\n").getBytes(StandardCharsets.UTF_8)));
            Ebpm.Result notAMunicipality = Ebpm.run("users", "add", "x", "--role", "municipality:140007",
                    "--password-stdin", "--users", file.toString());
            assertThat(notAMunicipality.exitCode()).isEqualTo(2);
        } finally {
            System.setIn(in);
        }
        assertThat(Users.read(file).authenticate("kawasaki", PASSWORD)).map(User::roleText)
                .hasValue("municipality:141305");
        assertThat(Files.readString(file)).doesNotContain(PASSWORD);
    }

    @Test
    void aPageIsServedWarmUnder300msAnd20ClientsAtOnceGetNoErrorsAndTheHeapStaysFlat() throws Exception {
        WebClient planner = WebClient.loggedIn(app.url(), "tanaka", PASSWORD);
        String page = "/evidence/tourism-pageviews?fy=2020";
        assertThat(planner.get(page).statusCode()).isEqualTo(200);
        long[] millis = new long[5];
        for (int i = 0; i < millis.length; i++) {
            long started = System.nanoTime();
            assertThat(planner.get(page).statusCode()).isEqualTo(200);
            millis[i] = (System.nanoTime() - started) / 1_000_000;
        }
        java.util.Arrays.sort(millis);
        assertThat(millis[millis.length / 2]).as("median warm page, ms").isLessThan(300);

        // 20 clients at once, 1,000 requests in all: no errors, and the heap left after them is the heap before.
        List<String> pages = List.of("/evidence/achievement-by-pillar?fy=2020", "/evidence/measure-status?fy=2020",
                "/evidence/health-evaluations?fy=2020&municipality=141003", "/", page,
                "/indicators/health_participation_rate?area=141003");
        long heapBefore = heapAfterGc();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(20);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 1_000; i++) {
                String path = pages.get(i % pages.size());
                answers.add(pool.submit(() -> planner.get(path).statusCode()));
            }
            for (var answer : answers) {
                assertThat(answer.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        long heapGrowth = heapAfterGc() - heapBefore;
        assertThat(heapGrowth).as("heap growth over 1,000 requests, bytes").isLessThan(32L << 20);
    }

    private static long heapAfterGc() throws InterruptedException {
        var memory = java.lang.management.ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    @Test
    void operatorsReadTheLastNightFreshnessAndRejectedRowsWithTheirReasons() throws Exception {
        WebClient operator = WebClient.loggedIn(app.url(), "suzuki", PASSWORD);
        HttpResponse<String> runs = operator.get("/runs");
        assertThat(runs.statusCode()).isEqualTo(200);
        assertThat(runs.body()).contains("データの鮮度").contains("tourism-pv").contains("最近の夜間処理")
                .containsPattern("<details class=\"night\" open><summary>run 2026-11-21#\\d+  COMPLETED  started ");
        Path rejects = new WorkFolder(SampleRun.work()).rejects();
        Path file;
        try (var files = Files.walk(rejects)) {
            file = files.filter(path -> path.toString().endsWith(".csv")).sorted().findFirst().orElseThrow();
        }
        String link = "/rejects/" + file.getParent().getFileName() + "/" + file.getFileName();
        HttpResponse<String> page = operator.get("/rejects");
        assertThat(page.body()).contains("href=\"" + link + "\"").contains("理由");
        HttpResponse<byte[]> csv = operator.bytes(link);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).isEqualTo(Files.readAllBytes(file));
        assertThat(new WebClient(app.url()).basic(link, "suzuki", PASSWORD).statusCode()).isEqualTo(200);
        assertThat(new WebClient(app.url()).basic(link, "tanaka", PASSWORD).statusCode()).isEqualTo(403);
        assertThat(operator.get("/rejects/..%2F..%2Fusers.csv").statusCode()).isEqualTo(404);
        assertThat(operator.get("/rejects/health/nosuch.csv").statusCode()).isEqualTo(404);
    }

    /** The sample's header, two rows of Yokohama's own file, and one row whose fiscal year cannot be read. */
    static byte[] yokohamaFileWithOneBadRow() throws Exception {
        List<String> sample = Files.readAllLines(Ebpm.SAMPLE_LANDING.resolve("health/health-evaluations_141003.csv"),
                StandardCharsets.UTF_8);
        String bad = sample.get(3).replaceFirst("^\\d{4}", "二千十七");
        return String.join("\n", sample.get(0), sample.get(1), sample.get(2), bad).concat("\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aMunicipalityUploadsAFileAndReadsWhyARowIsRejectedAndTheRestLands() throws Exception {
        WebClient yokohama = WebClient.loggedIn(app.url(), "yokohama", PASSWORD);
        assertThat(yokohama.get("/submissions/health").statusCode()).isEqualTo(200);
        HttpResponse<String> result = yokohama.upload("/submissions/health", Map.of(), "横浜市_保健事業評価.csv",
                yokohamaFileWithOneBadRow());
        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(result.body()).contains("3 行のうち 2 行を受け付けました").contains("<td class=\"number\">4</td>")
                .contains("年度: 「二千十七").contains("」は年度として読めません（2020、令和2年度、R2 のように書いてください）")
                .doesNotContain("is not a fiscal year").contains("横浜市_保健事業評価.csv")
                .contains("まだ何も提出していません").contains("使える 2 行だけを提出する");
        // Nothing lands before the sender chooses; then the accepted rows do, once.
        assertThat(landed("health-evaluations_141003_")).isEmpty();
        String pending = result.body().replaceFirst("(?s).*name=\"pending\" value=\"([0-9a-f]+)\".*", "$1");
        assertThat(WebClient.loggedIn(app.url(), "tanaka", PASSWORD).post("/submissions/health/accept",
                Map.of("pending", pending)).statusCode()).as("a planner").isEqualTo(403);
        WebClient operator = WebClient.loggedIn(app.url(), "suzuki", PASSWORD);
        operator.get("/submissions/health");
        assertThat(operator.post("/submissions/health/accept", Map.of("pending", pending)).statusCode())
                .as("another user's file").isEqualTo(404);
        HttpResponse<String> placed = yokohama.post("/submissions/health/accept", Map.of("pending", pending));
        assertThat(placed.statusCode()).isEqualTo(200);
        assertThat(placed.body()).contains("として次の夜間処理で取り込まれます");
        assertThat(yokohama.post("/submissions/health/accept", Map.of("pending", pending)).statusCode())
                .as("used once").isEqualTo(404);
        Path landed = landed("health-evaluations_141003_").orElseThrow();
        assertThat(landed.getFileName().toString()).endsWith("_accepted.csv");
        assertThat(Files.readAllLines(landed, StandardCharsets.UTF_8)).hasSize(3);
        assertThat(Files.readString(new WorkFolder(SampleRun.work()).root().resolve("submissions/health.csv")))
                .contains("yokohama").contains("141003");
    }

    private static Optional<Path> landed(String prefix) throws IOException {
        Path health = folder.resolve("landing/health");
        if (!Files.exists(health)) {
            return Optional.empty();
        }
        try (var files = Files.list(health)) {
            return files.filter(file -> file.getFileName().toString().startsWith(prefix)).findFirst();
        }
    }

    @Test
    void aMunicipalityCannotSubmitForAnotherNorWithoutItsTokenNorAnythingButCsvOrXlsx() throws Exception {
        WebClient yokohama = WebClient.loggedIn(app.url(), "yokohama", PASSWORD);
        yokohama.get("/submissions/health");
        HttpResponse<String> other = yokohama.upload("/submissions/health", Map.of("municipality", "141305"),
                "kawasaki.csv", yokohamaFileWithOneBadRow());
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.body()).contains("141305 の提出はできません");
        assertThat(yokohama.upload("/submissions/health", Map.of("csrf", "guessed"), "a.csv",
                yokohamaFileWithOneBadRow()).statusCode()).isEqualTo(403);
        assertThat(yokohama.upload("/submissions/health", Map.of(), "a.exe", new byte[] {1, 2}).statusCode())
                .isEqualTo(400);
        assertThat(yokohama.upload("/submissions/health", Map.of(), "big.csv", new byte[6 * 1024 * 1024])
                .statusCode()).isEqualTo(413);
        // A row of another municipality in its own file is rejected with the reason.
        byte[] kawasakiRow = (Files.readAllLines(Ebpm.SAMPLE_LANDING.resolve("health/health-evaluations_141003.csv"),
                StandardCharsets.UTF_8).get(0) + "\n2020,141305,川崎市,特定保健指導,生活習慣病予防,1000,100,90,腹囲,cm,90,89,無\n")
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> foreignRow = yokohama.upload("/submissions/health", Map.of(), "mixed.csv", kawasakiRow);
        assertThat(foreignRow.body()).contains("提出する市町村（141003）のものではありません");
        // A file the night could not read says why in Japanese, and nothing lands.
        byte[] utf16 = "\uFEFF年度,市町村コード\r\n".getBytes(StandardCharsets.UTF_16LE);
        HttpResponse<String> unreadable = yokohama.upload("/submissions/health", Map.of(), "unicode.csv", utf16);
        assertThat(unreadable.statusCode()).isEqualTo(422);
        assertThat(unreadable.body()).contains("UTF-16（Excel の「Unicode テキスト」）です。")
                .contains("「CSV UTF-8 (コンマ区切り)」");
    }

    @Test
    void theStyleSheetIsTheEvidencePagesOwn() throws Exception {
        String css = new WebClient(app.url()).get("/static/ebpm.css").body();
        assertThat(css).contains("thead th { position: sticky").contains("header.app");
        assertThat(Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8)).contains("ebpm-web");
    }
}
