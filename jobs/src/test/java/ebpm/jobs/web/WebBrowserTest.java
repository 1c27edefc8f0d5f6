package ebpm.jobs.web;

import static org.assertj.core.api.Assertions.assertThat;

import ebpm.analytics.indicatordb.IndicatorStore;
import ebpm.analytics.project.Project;
import ebpm.analytics.testing.TestTools;
import ebpm.jobs.WorkFolder;
import ebpm.jobs.cli.Ebpm;
import ebpm.jobs.cli.SampleRun;
import ebpm.web.ServeSettings;
import ebpm.web.auth.User;
import ebpm.web.auth.Users;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web app as people use it, in Debian's headless Chromium driven by its chromedriver (nothing downloaded): a
 * planner logs in, picks 令和2年度, reads the table and downloads the workbook the command writes; the link reproduces
 * the filters; a municipality uploads a file with one bad row and reads why; a wrong password and a municipality
 * reaching for the planners' tables are refused. Screenshots go to web/target/screenshots/.
 */
class WebBrowserTest {

    static final Path SCREENSHOTS = Path.of("..", "web", "target", "screenshots").toAbsolutePath().normalize();

    @TempDir
    static Path folder;

    static WorkFolderWebApp app;
    static WebDriver browser;
    static Path downloads;

    @BeforeAll
    static void start() throws Exception {
        Path chromium = TestTools.require("chromium");
        Path driver = TestTools.require("chromedriver");
        Path work = SampleRun.work();
        Path usersFile = folder.resolve("users.txt");
        Users.add(usersFile, User.of("tanaka", "planner"), WebAppHttpTest.PASSWORD);
        Users.add(usersFile, User.of("yokohama", "municipality:141003"), WebAppHttpTest.PASSWORD);
        Users.add(usersFile, User.of("suzuki", "operator"), WebAppHttpTest.PASSWORD);
        app = WorkFolderWebApp.start(new WorkFolder(work),
                IndicatorStore.duckDbFile(new WorkFolder(work).indicatorDatabase()), Project.builtIn(),
                folder.resolve("landing"), new ServeSettings("127.0.0.1", 0, Optional.of(Users.read(usersFile))),
                line -> { });
        downloads = Files.createDirectories(folder.resolve("downloads"));
        // The driver's path given, Selenium Manager never looks for (or downloads) a driver or a browser.
        System.setProperty("webdriver.chrome.driver", driver.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toString());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,1000", "--lang=ja");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile()).build();
        browser = new ChromeDriver(service, options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aPlannerPicksAFiscalYearReadsTheTableAndDownloadsTheWorkbookTheCommandWrites() throws Exception {
        browser.manage().deleteAllCookies();
        browser.get(app.url() + "evidence/achievement-by-pillar");
        assertThat(browser.getCurrentUrl()).contains("/login?next=");
        logIn("tanaka", "wrong-password");
        assertThat(browser.findElement(By.cssSelector(".error")).getText()).isEqualTo("利用者名またはパスワードが違います。");
        logIn("tanaka", WebAppHttpTest.PASSWORD);
        assertThat(browser.getCurrentUrl()).endsWith("/evidence/achievement-by-pillar");

        new Select(browser.findElement(By.id("f-fy"))).selectByVisibleText("令和2年度（2020）");
        clickAndAwaitNextPage(By.cssSelector("form.filters button"));
        assertThat(browser.getCurrentUrl()).endsWith("/evidence/achievement-by-pillar?fy=2020");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("施策の成果指標達成状況（柱・中柱別）");
        assertThat(browser.findElement(By.cssSelector("table tbody")).getText()).contains("69.8");
        screenshot("planner-table-fy2020.png");

        browser.findElement(By.linkText("Excel（XLSX）")).click();
        Path workbook = awaitDownload("achievement-by-pillar_FY2020.xlsx");
        Path out = Files.createDirectories(folder.resolve("cli"));
        Ebpm.Result written = Ebpm.run("evidence", "achievement-by-pillar", "--fy", "2020", "--format", "xlsx",
                "--work", SampleRun.work().toString(), "--out", out.toString());
        assertThat(written.exitCode()).as(written.err()).isZero();
        assertThat(WebDownloadsTest.entries(Files.readAllBytes(workbook)))
                .isEqualTo(WebDownloadsTest.entries(Files.readAllBytes(out.resolve("achievement-by-pillar_FY2020.xlsx"))));

        // The link, sent to a colleague, opens the same table after the colleague's login.
        String link = browser.getCurrentUrl();
        browser.manage().deleteAllCookies();
        browser.get(link);
        logIn("tanaka", WebAppHttpTest.PASSWORD);
        assertThat(browser.getCurrentUrl()).isEqualTo(link);
        assertThat(new Select(browser.findElement(By.id("f-fy"))).getFirstSelectedOption().getText())
                .isEqualTo("令和2年度（2020）");
    }

    @Test
    void aMunicipalityUploadsAFileWithOneBadRowAndReadsTheReasonButCannotOpenThePlannersTables() throws Exception {
        browser.manage().deleteAllCookies();
        browser.get(app.url() + "login");
        logIn("yokohama", WebAppHttpTest.PASSWORD);
        assertThat(browser.getCurrentUrl()).endsWith("/submissions/health");
        Path file = folder.resolve("横浜市_保健事業評価.csv");
        Files.write(file, WebAppHttpTest.yokohamaFileWithOneBadRow());
        browser.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
        clickAndAwaitNextPage(By.cssSelector("form.filters button"));
        String result = browser.findElement(By.cssSelector("section.result")).getText();
        assertThat(result).contains("3 行のうち 2 行を受け付けました").contains("は年度として読めません");
        assertThat(browser.findElement(By.cssSelector("table.rejected tbody")).getText()).startsWith("4 ");
        screenshot("municipality-upload-one-bad-row.png");
        // Nothing has landed yet; the municipality chooses to send the two good rows now.
        clickAndAwaitNextPage(By.cssSelector("form.accept button"));
        assertThat(browser.findElement(By.cssSelector("section.result .notice")).getText())
                .contains("として次の夜間処理で取り込まれます");

        browser.get(app.url() + "evidence/health-evaluations?municipality=141305");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("この操作はできません");
    }

    @Test
    void aPlannerExploresAnIndicatorByMunicipality() throws Exception {
        browser.manage().deleteAllCookies();
        browser.get(app.url());
        logIn("tanaka", WebAppHttpTest.PASSWORD);
        // The catalog's thumbnails are drawn on request (and loaded as they scroll into view).
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(driver -> (Boolean) ((org.openqa.selenium.JavascriptExecutor)
                driver).executeScript("const i = document.images; return i.length > 1 && i[0].naturalWidth > 0 "
                + "&& i[1].naturalWidth > 0"));
        assertThat(browser.findElements(By.cssSelector("a.thumb img"))).hasSizeGreaterThan(5);
        screenshot("planner-catalog.png");
        browser.get(app.url() + "indicators");
        clickAndAwaitNextPage(By.linkText("保健事業参加率"));
        assertThat(browser.getCurrentUrl()).endsWith("/indicators/health_participation_rate");
        new Select(browser.findElement(By.id("f-area"))).selectByVisibleText("横浜市（141003）");
        clickAndAwaitNextPage(By.cssSelector("form.filters button"));
        assertThat(browser.getCurrentUrl()).endsWith("/indicators/health_participation_rate?area=141003&breakdown=");
        assertThat(browser.findElement(By.cssSelector("table tbody")).getText()).contains("141003 横浜市");
        assertThat(browser.findElements(By.cssSelector("figure img, img"))).isNotEmpty();
        screenshot("planner-indicator-explorer.png");
    }

    @Test
    void anOperatorReadsTheLastNights() throws Exception {
        browser.manage().deleteAllCookies();
        browser.get(app.url() + "runs");
        logIn("suzuki", WebAppHttpTest.PASSWORD);
        assertThat(browser.findElement(By.cssSelector("details.night[open] summary")).getText())
                .contains("COMPLETED");
        screenshot("operator-runs.png");
    }

    private static void logIn(String name, String password) {
        browser.findElement(By.name("name")).sendKeys(name);
        browser.findElement(By.name("password")).sendKeys(password);
        clickAndAwaitNextPage(By.cssSelector("form.login button"));
    }

    /** Clicks and waits until the next page (or the same form again, with an error) has replaced this one. */
    private static void clickAndAwaitNextPage(By target) {
        var element = browser.findElement(target);
        element.click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(element));
    }

    private static Path awaitDownload(String name) {
        Path file = downloads.resolve(name);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> Files.exists(file)
                && !Files.exists(downloads.resolve(name + ".crdownload")));
        return file;
    }

    private static void screenshot(String name) throws Exception {
        File png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(png.toPath(), SCREENSHOTS.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
