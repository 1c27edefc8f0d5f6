package ebpm.jobs.sample;

import ebpm.analytics.period.FiscalYear;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates GA4 page-view exports of both tourism web sites for FY2016–FY2022 into
 * {@code <landing>/tourism-pv/<site-id>/}, deterministic for a seed. First each section's views per day are
 * drawn from the traffic shape (independent of the number of rows asked for, so every size has the same totals);
 * the calibrated fiscal year is apportioned so that its total is exact. Then each day's section total is split over
 * the section's pages. Files are written day by day: memory does not grow with the number of rows.
 * Every GA4 row has at least one view, so the calibrated views bound the rows (about 30 million); a larger set for a
 * benchmark multiplies every section's views by a whole {@code viewsScale}, and its figures with them.
 */
public final class PageViewGenerator {

    /** One file per site and month (as an analyst exports them), or one file per site for the whole period. */
    public enum Split { MONTH, NONE }

    /** What was written, and the calibrated figures read back from the rows. */
    public record Result(List<Path> files, long rows, long accommodationViewsFy2020, long inboundMonthlyAverageFy2020) {
    }

    private static final double PAGE_NOISE = 0.25;
    private static final double ZIPF = 0.8;

    private final SeededNoise noise;
    private final TrafficShape shape;
    private final long rows;
    private final Split split;
    /** Every section's views are this many times the calibrated ones: 1 but for sets larger than they allow. */
    private final int viewsScale;

    /** The sample committed under sample-data/landing is this many rows (about 2.5 MB). */
    public static final long SAMPLE_ROWS = 40_000;
    public static final long SEED = 20_201;

    /**
     * @param holidays the Cabinet Office's holiday list (CP932), e.g. {@code sample-data/reference/…}
     * @param rows       about how many page rows to write over both sites; at least one page per section and day
     * @param viewsScale every section's views times this (1: the published figures); more views allow more rows
     */
    public static PageViewGenerator create(long seed, Path holidays, long rows, Split split, int viewsScale)
            throws IOException {
        return new PageViewGenerator(seed, Holidays.read(holidays), rows, split, viewsScale);
    }

    PageViewGenerator(long seed, Holidays holidays, long rows, Split split, int viewsScale) {
        if (viewsScale < 1) {
            throw new IllegalArgumentException("--pageviews-scale " + viewsScale + " must be 1 or more");
        }
        this.noise = new SeededNoise(seed);
        this.shape = new TrafficShape(noise, holidays);
        this.rows = rows;
        this.split = split;
        this.viewsScale = viewsScale;
    }

    public Result generate(Path landing) throws IOException {
        List<SiteWriter> writers = new ArrayList<>();
        for (SitePlan site : SitePlan.ALL) {
            writers.add(new SiteWriter(site, landing.resolve("tourism-pv").resolve(site.id())));
        }
        int pagesPerDay = pagesPerDay(writers);
        List<Path> files = new ArrayList<>();
        long written = 0;
        long accommodation = 0;
        long inbound = 0;
        for (SiteWriter writer : writers) {
            writer.pages(pagesPerDay);
            for (Period period : periods()) {
                files.add(writer.write(period));
            }
            written += writer.rows;
            accommodation += writer.site == SitePlan.KANAGAWA_NOW ? writer.calibratedViews : 0;
            inbound += writer.site == SitePlan.INBOUND ? writer.calibratedViews / 12 : 0;
        }
        return new Result(files, written, accommodation, inbound);
    }

    /**
     * The fewest pages per site and day that give at least the rows asked for. A section has fewer rows than pages
     * on a day with fewer views than pages (GA4 lists only pages with views), so the count is checked, not assumed.
     * Every row has at least one view, so the sites' views bound the rows: asking for more fails at once, saying
     * which scale would allow it. The count is searched by halves, as the rows grow with the pages: almost always,
     * since a section capped by its views can lose a row when another gains a page, so the count found gives the
     * rows asked for, though now and then not with the fewest pages.
     */
    private int pagesPerDay(List<SiteWriter> writers) {
        long most = 0;
        for (SiteWriter writer : writers) {
            most += writer.mostRows();
        }
        if (rows > most) {
            long enough = (rows * viewsScale + most - 1) / most;
            throw new IllegalArgumentException(String.format("--pageviews-rows %,d is more than the sample sites can "
                    + "have: every GA4 row has at least one view, and their views (%s) allow at most %,d rows from "
                    + "%s to %s; add --pageviews-scale %d to multiply the views (and every figure) by %d", rows,
                    viewsScale == 1 ? "calibrated to the published figures" : viewsScale + " times the published",
                    most, SitePlan.FIRST_DAY, SitePlan.LAST_DAY, enough, enough));
        }
        long days = SitePlan.LAST_DAY.toEpochDay() - SitePlan.FIRST_DAY.toEpochDay() + 1;
        int fewest = (int) Math.max(1, (rows + days * writers.size() - 1) / (days * writers.size()));
        int enough = fewest;
        while (rowsWith(writers, enough) < rows) {
            fewest = enough + 1;
            enough = (int) Math.min(Integer.MAX_VALUE, 2L * enough);
        }
        while (fewest < enough) { // rowsWith(enough) >= rows; rowsWith(fewest - 1) < rows
            int middle = fewest + (enough - fewest) / 2;
            if (rowsWith(writers, middle) >= rows) {
                enough = middle;
            } else {
                fewest = middle + 1;
            }
        }
        return enough;
    }

    private static long rowsWith(List<SiteWriter> writers, int pagesPerDay) {
        long total = 0;
        for (SiteWriter writer : writers) {
            total += writer.rowsWith(pagesPerDay);
        }
        return total;
    }

    private record Period(LocalDate first, LocalDate last, String fileName) {
    }

    private List<Period> periods() {
        if (split == Split.NONE) {
            return List.of(new Period(SitePlan.FIRST_DAY, SitePlan.LAST_DAY, "ga4-pages-2016-04-to-2023-03.csv"));
        }
        List<Period> periods = new ArrayList<>();
        for (YearMonth month = YearMonth.from(SitePlan.FIRST_DAY); !month.isAfter(YearMonth.from(SitePlan.LAST_DAY));
             month = month.plusMonths(1)) {
            periods.add(new Period(month.atDay(1), month.atEndOfMonth(), "ga4-pages-" + month + ".csv"));
        }
        return periods;
    }

    /** Writes one site's files; knows the site's views per section and day and its pages. */
    private final class SiteWriter {
        private final SitePlan site;
        private final Path folder;
        private final double level;
        private final Map<Long, Long> calibrated = new HashMap<>();
        private SitePlan.Page[][] pages;
        private double[][] popularity;
        private long rows;
        private long calibratedViews;

        SiteWriter(SitePlan site, Path folder) {
            this.site = site;
            this.folder = folder;
            this.level = calibrate();
        }

        /**
         * The site's level such that the calibrated fiscal year's expected total is the target, and that year's
         * daily totals apportioned from the target so that they add up to it exactly.
         */
        private double calibrate() {
            SitePlan.Calibration calibration = site.calibration();
            List<Long> keys = new ArrayList<>();
            List<Double> expected = new ArrayList<>();
            for (LocalDate day = FiscalYear.start(calibration.fiscalYear());
                 !day.isAfter(FiscalYear.end(calibration.fiscalYear())); day = day.plusDays(1)) {
                for (int section = 0; section < site.sections().size(); section++) {
                    if (calibration.section() == null
                            || site.sections().get(section).name().equals(calibration.section())) {
                        keys.add(key(section, day));
                        expected.add(site.sections().get(section).share() * shape.factor(site, section, day));
                    }
                }
            }
            double[] weights = expected.stream().mapToDouble(Double::doubleValue).toArray();
            long[] views = Apportion.split(calibration.views(), weights);
            for (int i = 0; i < views.length; i++) {
                calibrated.put(keys.get(i), views[i]);
            }
            return calibration.views() / expected.stream().mapToDouble(Double::doubleValue).sum();
        }

        long sectionViews(int section, LocalDate day) {
            Long fixed = calibrated.get(key(section, day));
            if (fixed != null) {
                return viewsScale * fixed;
            }
            return viewsScale * Math.round(level * site.sections().get(section).share()
                    * shape.factor(site, section, day));
        }

        Path write(Period period) throws IOException {
            // The site in the name too: the manifest and the lineage show file names without their folder.
            Path file = folder.resolve(site.id() + "_" + period.fileName());
            YearMonth month = YearMonth.from(period.first());
            long total = 0;
            for (LocalDate day = period.first(); !day.isAfter(period.last()); day = day.plusDays(1)) {
                for (int section = 0; section < pages.length; section++) {
                    total += sectionViews(section, day);
                }
            }
            try (Ga4ExportWriter export = Ga4ExportWriter.open(file, site.charset(month), site.byteOrderMark(month),
                    site.englishHeaders(), site.name(), period.first(), period.last(), total,
                    Math.round(total * 0.62))) {
                for (LocalDate day = period.first(); !day.isAfter(period.last()); day = day.plusDays(1)) {
                    for (int section = 0; section < pages.length; section++) {
                        writeSection(export, section, day);
                    }
                }
                rows += export.rows();
            }
            return file;
        }

        private void writeSection(Ga4ExportWriter export, int section, LocalDate day) throws IOException {
            long views = sectionViews(section, day);
            if (calibrated.containsKey(key(section, day))) {
                calibratedViews += views;
            }
            SitePlan.Page[] sectionPages = pages[section];
            double[] weights = new double[sectionPages.length];
            for (int i = 0; i < weights.length; i++) {
                weights[i] = popularity[section][i] * noise.factor(PAGE_NOISE, site.id().hashCode(), section,
                        day.toEpochDay(), i + 1);
            }
            // GA4 lists only pages with views: every page gets one, the most popular first, the rest by weight.
            int listed = (int) Math.min(weights.length, views);
            long[] parts = Apportion.split(views - listed, weights);
            for (int i = 0; i < parts.length; i++) {
                long pageViews = parts[i] + (i < listed ? 1 : 0);
                if (pageViews > 0) {
                    double share = 0.6 + 0.3 * noise.uniform(site.id().hashCode(), section, day.toEpochDay(), -i - 1);
                    long users = Math.max(1, Math.round(pageViews * share));
                    export.row(day, sectionPages[i].path(), sectionPages[i].title(), pageViews, users);
                }
            }
        }

        /** The most rows the site can have: one view each. */
        long mostRows() {
            long views = 0;
            for (LocalDate day = SitePlan.FIRST_DAY; !day.isAfter(SitePlan.LAST_DAY); day = day.plusDays(1)) {
                for (int section = 0; section < site.sections().size(); section++) {
                    views += sectionViews(section, day);
                }
            }
            return views;
        }

        /** The rows the site would have with this many pages a day: every page with views, one row each. */
        long rowsWith(int pagesPerDay) {
            long[] pageCounts = pageCounts(pagesPerDay);
            long rows = 0;
            for (LocalDate day = SitePlan.FIRST_DAY; !day.isAfter(SitePlan.LAST_DAY); day = day.plusDays(1)) {
                for (int section = 0; section < pageCounts.length; section++) {
                    rows += Math.min(pageCounts[section], sectionViews(section, day));
                }
            }
            return rows;
        }

        /** Names the site's pages: this many a day, spread over the sections by share, at least one each. */
        void pages(int pagesPerDay) {
            long[] pageCounts = pageCounts(pagesPerDay);
            pages = new SitePlan.Page[pageCounts.length][];
            for (int section = 0; section < pageCounts.length; section++) {
                pages[section] = new SitePlan.Page[(int) pageCounts[section]];
                for (int i = 0; i < pages[section].length; i++) {
                    pages[section][i] = site.sections().get(section).page().apply(i);
                }
            }
            popularity = popularity(pages);
        }

        private long[] pageCounts(int pagesPerDay) {
            int sections = site.sections().size();
            double[] shares = site.sections().stream().mapToDouble(SitePlan.Section::share).toArray();
            long[] counts = Apportion.split(Math.max(0, pagesPerDay - sections), shares);
            for (int section = 0; section < sections; section++) {
                counts[section]++;
            }
            return counts;
        }

        /** A few pages of each section draw most of its views (Zipf-like). */
        private static double[][] popularity(SitePlan.Page[][] pages) {
            double[][] popularity = new double[pages.length][];
            for (int section = 0; section < pages.length; section++) {
                popularity[section] = new double[pages[section].length];
                for (int i = 0; i < pages[section].length; i++) {
                    popularity[section][i] = 1 / Math.pow(i + 1, ZIPF);
                }
            }
            return popularity;
        }

        private static long key(int section, LocalDate day) {
            return day.toEpochDay() * 64 + section;
        }
    }
}
