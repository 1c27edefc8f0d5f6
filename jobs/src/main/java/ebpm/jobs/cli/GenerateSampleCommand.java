package ebpm.jobs.cli;

import ebpm.jobs.health.HealthSampleGenerator;
import ebpm.jobs.measures.MeasureSampleGenerator;
import ebpm.jobs.sample.PageViewGenerator;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ebpm generate-sample}: synthetic landing files, deterministic for a seed, for demonstrations and benchmarks.
 * Each data set has its own group of options.
 */
@Command(name = "generate-sample", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write synthetic landing files (deterministic for a seed) into a landing zone,",
                "e.g. larger sets for benchmarks: ebpm generate-sample --pageviews-rows 10000000 --out /tmp/landing"})
final class GenerateSampleCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "landing zone to write into (one folder per source, as 'ebpm nightly --landing' reads)")
    Path out;

    @Option(names = "--seed", paramLabel = "N", description = "random seed (default: ${DEFAULT-VALUE})",
            defaultValue = "" + PageViewGenerator.SEED)
    long seed;

    @ArgGroup(exclusive = false, heading = "%nTourism page views (GA4 exports into tourism-pv/<site-id>/):%n")
    PageViewOptions pageViews = new PageViewOptions();

    static final class PageViewOptions {
        @Option(names = "--pageviews-rows", paramLabel = "N", defaultValue = "" + PageViewGenerator.SAMPLE_ROWS,
                description = "about how many page rows over both sites and FY2016–FY2022 (default: ${DEFAULT-VALUE},"
                        + " the committed sample)")
        long rows = PageViewGenerator.SAMPLE_ROWS;

        @Option(names = "--pageviews-split", paramLabel = "month|none", defaultValue = "month",
                description = "one file per site and month, or one file per site (default: ${DEFAULT-VALUE})")
        String split = "month";

        @Option(names = "--pageviews-scale", paramLabel = "K", defaultValue = "1",
                description = {"every page view times K, so that more rows fit: each GA4 row has at least one view,",
                        "and the published figures allow about 30 million rows; the figures are then K times them",
                        "(default: ${DEFAULT-VALUE}), e.g. --pageviews-rows 100000000 --pageviews-scale 4"})
        int scale = 1;

        @Option(names = "--holidays", paramLabel = "FILE",
                defaultValue = "sample-data/reference/cabinet-office-holidays-cp932.csv",
                description = "the Cabinet Office's holiday list, CP932 (default: ${DEFAULT-VALUE})")
        Path holidays = Path.of("sample-data/reference/cabinet-office-holidays-cp932.csv");
    }

    @Option(names = "--health", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = {"%nHealth evaluations of the 33 municipalities (into health/; the committed sample, fixed",
                    "seed): write them, or not with --no-health (default: write)"})
    boolean health = true;

    @Option(names = "--measures", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = {"%nMeasure sheets of both plans (into measures/; the committed sample, fixed seed): the",
                    "ICT plan's FY2019, FY2021, FY2022 around the real FY2020 sheet, the DX plan's FY2024, FY2025;",
                    "write them, or not with --no-measures (default: write)"})
    boolean measures = true;

    @Option(names = "--measures-fy2020", paramLabel = "FILE",
            defaultValue = "sample-data/landing/measures/" + MeasureSampleGenerator.REAL_SHEET,
            description = "the real FY2020 sheet the ICT years are built from (default: ${DEFAULT-VALUE})")
    Path measuresFy2020 = Path.of("sample-data/landing/measures/" + MeasureSampleGenerator.REAL_SHEET);

    @Override
    public Integer call() throws Exception {
        generatePageViews();
        if (measures) {
            List<Path> files = new MeasureSampleGenerator(measuresFy2020).write(out);
            System.out.printf("measure sheets: %d files under %s%n", files.size(), out.resolve("measures"));
        }
        if (health) {
            List<Path> files = new HealthSampleGenerator().write(out);
            System.out.printf("health evaluations: %d files under %s%n", files.size(), out.resolve("health"));
        }
        return 0;
    }

    private void generatePageViews() throws Exception {
        PageViewGenerator.Split split = switch (pageViews.split) {
            case "month" -> PageViewGenerator.Split.MONTH;
            case "none" -> PageViewGenerator.Split.NONE;
            default -> throw new IllegalArgumentException("--pageviews-split '" + pageViews.split
                    + "' is neither month nor none");
        };
        Instant start = Instant.now();
        PageViewGenerator.Result result = PageViewGenerator.create(seed, pageViews.holidays, pageViews.rows, split,
                pageViews.scale).generate(out);
        Duration took = Duration.between(start, Instant.now());
        System.out.printf("page views: %,d rows in %d files under %s (%.1f s)%n", result.rows(),
                result.files().size(), out.resolve("tourism-pv"), took.toMillis() / 1000.0);
        System.out.printf("  FY2020: accommodation pages of kanagawa-now %,d views; inbound monthly average %,d%s%n",
                result.accommodationViewsFy2020(), result.inboundMonthlyAverageFy2020(),
                pageViews.scale == 1 ? "" : " (" + pageViews.scale + " times the published figures)");
    }
}
