package ebpm.jobs.sample;

import static org.assertj.core.api.Assertions.assertThat;

import ebpm.jobs.cli.Ebpm;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageViewGeneratorTest {

    private static final Path HOLIDAYS = Path.of("..", "sample-data", "reference",
            "cabinet-office-holidays-cp932.csv");
    private static final Path SAMPLE = Ebpm.SAMPLE_LANDING.resolve("tourism-pv");

    @TempDir
    Path out;

    @Test
    void theCommittedSampleIsExactlyWhatTheGeneratorWritesForTheDefaultSeed() throws IOException {
        Ebpm.Result result = Ebpm.run("generate-sample", "--out", out.toString(), "--holidays", HOLIDAYS.toString(),
                "--no-measures");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("page views: 40,896 rows in 168 files",
                "FY2020: accommodation pages of kanagawa-now 841,586 views; inbound monthly average 83,640",
                "health evaluations: 33 files under " + out.resolve("health"));
        List<Path> committed = files(SAMPLE);
        assertThat(files(out.resolve("tourism-pv"))).hasSameSizeAs(committed).hasSize(168);
        for (Path file : committed) {
            assertThat(out.resolve("tourism-pv").resolve(SAMPLE.relativize(file))).as("%s", file)
                    .hasSameBinaryContentAs(file);
        }
    }

    @Test
    void anotherSeedOrSizeChangesThePagesButNotTheCalibratedFigures() throws IOException {
        PageViewGenerator.Result result = PageViewGenerator.create(7, HOLIDAYS, 60_000,
                PageViewGenerator.Split.NONE, 1).generate(out);

        assertThat(result.rows()).isBetween(60_000L, 62_000L);
        assertThat(result.files()).hasSize(2);
        assertThat(result.accommodationViewsFy2020()).isEqualTo(841_586);
        assertThat(result.inboundMonthlyAverageFy2020()).isEqualTo(83_640);
        long dataRows;
        try (Stream<String> lines = Files.lines(result.files().get(1), StandardCharsets.UTF_8)) {
            dataRows = lines.filter(line -> line.startsWith("20")).count();
        }
        assertThat(result.files().get(1)).hasFileName("inbound_ga4-pages-2016-04-to-2023-03.csv");
        assertThat(dataRows).isPositive();
    }

    @Test
    void writesFilesAsGa4ExportsThem() throws IOException {
        List<String> cp932 = Files.readAllLines(SAMPLE.resolve("kanagawa-now/kanagawa-now_ga4-pages-2016-04.csv"),
                Charset.forName("windows-31j"));
        assertThat(cp932.get(0)).startsWith("# ---");
        assertThat(cp932).contains("日付,ページ パスとスクリーン クラス,ページ タイトルとスクリーン クラス,表示回数,アクティブ ユーザー");
        assertThat(cp932.get(7)).startsWith("総計,,,");

        byte[] withBom = Files.readAllBytes(SAMPLE.resolve("kanagawa-now/kanagawa-now_ga4-pages-2020-04.csv"));
        assertThat(withBom).startsWith(0xEF, 0xBB, 0xBF);
        List<String> english = Files.readAllLines(SAMPLE.resolve("inbound/inbound_ga4-pages-2020-04.csv"));
        assertThat(english).contains("Date,Page path and screen class,Page title and screen class,Views,Active users",
                "# Start date: 20200401", "# End date: 20200430");
        long rowSum = english.stream().filter(line -> line.startsWith("2020"))
                .mapToLong(line -> Long.parseLong(line.split(",")[3])).sum();
        assertThat(english.get(7)).isEqualTo("Grand total,,," + rowSum + "," + Math.round(rowSum * 0.62));
    }

    @Test
    void moreRowsThanTheSitesHaveViewsFailAtOnceSayingHowManyThereCanBe() {
        Ebpm.Result result = Ebpm.run("generate-sample", "--out", out.toString(), "--holidays", HOLIDAYS.toString(),
                "--no-measures", "--no-health", "--pageviews-rows", "100000000");

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.err()).contains("--pageviews-rows 100,000,000 is more than the sample sites can have",
                "at most 30,151,393 rows from 2016-04-01 to 2023-03-31",
                "add --pageviews-scale 4 to multiply the views (and every figure) by 4");
    }

    @Test
    void aScaleMultipliesEveryViewAndTheFiguresWithThemSoThatMoreRowsFit() throws IOException {
        Ebpm.Result result = Ebpm.run("generate-sample", "--out", out.toString(), "--holidays", HOLIDAYS.toString(),
                "--no-measures", "--no-health", "--pageviews-rows", "60000", "--pageviews-split", "none",
                "--pageviews-scale", "3");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("FY2020: accommodation pages of kanagawa-now 2,524,758 views; inbound "
                + "monthly average 250,920 (3 times the published figures)");
        assertThat(Ebpm.run("generate-sample", "--out", out.resolve("none").toString(), "--holidays",
                HOLIDAYS.toString(), "--no-measures", "--no-health", "--pageviews-scale", "0").err()).contains("--pageviews-scale 0 must be 1 or more");
    }

    @Test
    void apportioningKeepsTheTotalExact() {
        assertThat(Apportion.split(10, new double[] {1, 1, 1})).containsExactly(4, 3, 3);
        assertThat(Apportion.split(841_586, new double[] {0.3, 0.2, 0.5})).containsExactly(252_476, 168_317, 420_793);
        assertThat(Apportion.split(0, new double[] {1, 2})).containsExactly(0, 0);
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
