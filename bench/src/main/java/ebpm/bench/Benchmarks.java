package ebpm.bench;

import static ebpm.bench.Report.format;
import static ebpm.bench.Report.met;

import ebpm.analytics.catalog.ModelCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs every benchmark case and writes {@code bench/results/<date>-<machine>.md}. Each figure is the median of
 * {@code --runs} timed runs after one warm-up run that is not counted. Scratch data (generated landing zones, work
 * folders, DuckDB's output) lives under {@code --scratch}, never in the repository.
 *
 * <pre>bench/run.sh [--runs 5] [--rows 10000000] [--heap 1g] [--scratch /tmp/ebpm-bench] [--machine name]</pre>
 *
 * {@code --heap} is the JVM heap of every {@code ./ebpm} run and of the benchmark's own JVM (Spark's warm runs).
 */
public final class Benchmarks {

    private static final String INGEST_STEP = "ingestTourism-pv";
    private static final String INDICATOR_STEP = "computeIndicators";
    private static final String EVIDENCE_STEP = "exportEvidencePack";

    private final Path root;
    private final Path scratch;
    private final int runs;
    /** The JVM flag of every {@code ./ebpm} run's heap, e.g. {@code -Xmx1g}. */
    private final String heap;
    private final DataSets data;
    /** The figure of each goal of issue 19, for the summary line that ends the results file. */
    private final Map<String, Double> summary = new LinkedHashMap<>();

    private Benchmarks(Path root, Path scratch, int runs, long rows, String heap) {
        this.root = root;
        this.scratch = scratch;
        this.runs = runs;
        this.heap = "-Xmx" + heap;
        this.data = new DataSets(root, scratch, rows);
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        Path root = Path.of(options.getOrDefault("--root", ".")).toAbsolutePath().normalize();
        Path scratch = Path.of(options.getOrDefault("--scratch", "/tmp/ebpm-bench")).toAbsolutePath();
        int runs = Integer.parseInt(options.getOrDefault("--runs", "5"));
        long rows = Long.parseLong(options.getOrDefault("--rows", "10000000"));
        String heap = options.getOrDefault("--heap", "1g");
        String machine = options.getOrDefault("--machine", Environment.machine());
        Path results = root.resolve("bench/results").resolve(LocalDate.now() + "-" + machine + ".md");
        new Benchmarks(root, scratch, runs, rows, heap).run(results);
    }

    private void run(Path results) throws Exception {
        Files.createDirectories(scratch);
        String loadBefore = Environment.load();
        log("load before: " + loadBefore + "; preparing data under " + scratch);
        data.prepare();
        long rows = countRows();

        Map<String, Samples> night = largeNights(rows);
        String indicators = indicatorEngines();
        String sample = sampleNightly();

        String loadAfter = Environment.load();
        Report report = new Report("ebpm benchmarks " + LocalDate.now(), Environment.describe(),
                format("Load average (1, 5, 15 min) at the start: %s; at the end: %s. The machine is shared with "
                        + "other builds, so absolute figures vary from run to run; the ratios are measured side by side "
                        + "in the same runs. Each figure: median (min–max, n = timed runs) after one warm-up run. "
                        + "Data: `./ebpm generate-sample %s --pageviews-split none` (%,d page-view "
                        + "rows in 2 GA4 files, re-encoded as UTF-8, plus the 33 health files). JVM heap of every "
                        + "`./ebpm` run: `%s`.%n", loadBefore, loadAfter, String.join(" ", data.generateOptions()),
                        rows, heap));
        report.section("1. Ingest against the limit", ingestSection(night, rows));
        report.section("2. Indicators, engine against engine", indicators);
        report.section("3. Nightly end to end on the committed sample data (cold)", sample);
        report.section("4. Incremental night", incrementalSection(night));
        report.section("5. Bounded memory", memorySection(night));
        report.section("6. The default distribution", distributionSection());
        String line = summaryLine();
        report.section("Summary", line);
        log("results: " + report.write(results));
        System.out.println(line);
    }

    /** One machine-readable line: every goal's figure in the order, ratios to two decimals. */
    private String summaryLine() {
        StringBuilder line = new StringBuilder("summary:");
        for (String key : List.of("ingest_vs_duckdb", "spark_vs_duckdb_warm", "incremental", "sample_night_vs_startup",
                "sample_night_rss_mib", "default_dist_mib")) {
            double value = summary.get(key);
            line.append(' ').append(key).append('=')
                    .append(key.endsWith("_mib") ? format("%.0f", value) : format("%.2f", value));
        }
        return line.toString();
    }

    /**
     * Cases 1, 4 and 5 share their runs: a fresh work folder, the full night over the large set (its ingest
     * step is case 1's ebpm figure), DuckDB's COPY of the same files, then the next night with one more day's export.
     */
    private Map<String, Samples> largeNights(long rows) throws Exception {
        Map<String, Samples> samples = new LinkedHashMap<>();
        DuckDbCopy duckDb = new DuckDbCopy(data.pageViewFiles(),
                root.resolve("analytics/src/main/resources/ebpm/project/seeds"));
        Path duckOut = scratch.resolve("duckdb-copy");
        for (int i = 0; i <= runs; i++) {
            Path work = largeWork();
            DataSets.deleteTree(work);
            Nightly first = Nightly.run(root, data.firstNightLanding(), work, "2023-04-01", heap);
            DuckDbCopy.Result copy = duckDb.run(duckOut);
            Nightly second = Nightly.run(root, data.nextNightLanding(), work, "2023-04-02", heap);
            log(format("%s run %d%s: night 1 %.1f s (ingest %.1f s), DuckDB COPY %.1f s, night 2 %.1f s; load %s",
                    data.rowsInWords(), i, i == 0 ? " (warm-up)" : "", first.process().wallSeconds(),
                    first.step(INGEST_STEP),
                    copy.seconds(), second.process().wallSeconds(), Environment.load()));
            if (i == 0) {
                long copied = DuckDbCopy.rowsIn(duckOut);
                if (copied != copy.rows()) {
                    throw new IllegalStateException("DuckDB says it copied " + copy.rows() + " rows, "
                            + copied + " are in its files");
                }
                continue;
            }
            add(samples, "ingest", first.step(INGEST_STEP));
            add(samples, "ingest.rate", rows / first.step(INGEST_STEP));
            add(samples, "duckdb", copy.seconds());
            add(samples, "duckdb.rate", rows / copy.seconds());
            add(samples, "night1", first.process().wallSeconds());
            add(samples, "night1.indicators", first.step(INDICATOR_STEP));
            add(samples, "night1.evidence", first.step(EVIDENCE_STEP));
            add(samples, "night1.outside", first.process().wallSeconds() - first.allSteps());
            add(samples, "night1.rss", first.process().maxRssMiB());
            add(samples, "night2", second.process().wallSeconds());
            add(samples, "night2.ingest", second.step(INGEST_STEP));
            add(samples, "night2.indicators", second.step(INDICATOR_STEP));
            add(samples, "night2.evidence", second.step(EVIDENCE_STEP));
            add(samples, "night2.outside", second.process().wallSeconds() - second.allSteps());
            add(samples, "night2.rss", second.process().maxRssMiB());
        }
        return samples;
    }

    private String ingestSection(Map<String, Samples> night, long rows) {
        Samples ours = night.get("ingest.rate");
        Samples duck = night.get("duckdb.rate");
        double ratio = ours.median() / duck.median();
        summary.put("ingest_vs_duckdb", ratio);
        return format("""
                The Spring Batch page-view ingest step (`%s` of `./ebpm nightly`, from the run summary) against
                DuckDB's `COPY (SELECT … FROM read_csv(…)) TO '…' (FORMAT parquet, COMPRESSION snappy,
                PARTITION_BY (fiscal_year))` of the same %,d rows, in the same runs (`DuckDbCopy`).

                | | seconds | rows/s |
                |---|---|---|
                | ebpm ingest (the two files side by side, each read and checked on one thread and encoded to Parquet on another) | %s | %s |
                | DuckDB COPY (all cores) | %s | %s |

                Ratio ebpm ÷ DuckDB (median rates): **%.2f**. Goal ≥ 0.90: %s.

                Same output: the lake's 16 columns and types, the section by the same longest-prefix rule from
                the `tourism_sites` and `tourism_sections` seeds, the line number, the totals row left out, Hive partitions by fiscal year, SNAPPY.
                Different: DuckDB gets the file's SHA-256 as a literal (ebpm reads the file once more to compute it,
                and once more to check it is valid UTF-8 before the first row lands), DuckDB would fail the whole file
                on a bad row where ebpm rejects the row with a reason, reads only this column order, and writes
                no manifest, rejects file or totals check.
                """, INGEST_STEP, rows, night.get("ingest").describe("%.1f"), ours.describe("%,.0f"),
                night.get("duckdb").describe("%.1f"), duck.describe("%,.0f"), ratio, met(ratio >= 0.9));
    }

    private String incrementalSection(Map<String, Samples> night) throws java.io.IOException {
        double ratio = night.get("night2").median() / night.get("night1").median();
        summary.put("incremental", ratio);
        return format("""
                Wall time of `./ebpm nightly` (cold JVM) on a fresh work folder over the %s set, then the
                next night, when one more day's export of 観光かながわNOW (its last day's %s rows dated 2023-04-01)
                has arrived in the same landing zone. "Outside the steps" is the wall time not spent in a step: JVM
                and Spring start-up, the run report, shut-down. Both nights start from the class-data-sharing archive
                the warm-up run recorded (`EBPM_CDS`), as every night after the first one after a build does.

                | | wall s | ingest step s | indicator step s | evidence pack s | outside the steps s |
                |---|---|---|---|---|---|
                | night 1 (everything new) | %s | %s | %s | %s | %s |
                | night 2 (one day new) | %s | %s | %s | %s | %s |

                Ratio night 2 ÷ night 1 (medians): **%.3f**. Goal ≤ 0.12: %s.
                """, data.rowsInWords().replace(' ', '-') + "-row", format("%,d", data.nextDayRows()),
                night.get("night1").describe("%.1f"), night.get("ingest").describe("%.1f"),
                night.get("night1.indicators").describe("%.1f"), night.get("night1.evidence").describe("%.1f"),
                night.get("night1.outside").describe("%.1f"),
                night.get("night2").describe("%.1f"), night.get("night2.ingest").describe("%.1f"),
                night.get("night2.indicators").describe("%.1f"), night.get("night2.evidence").describe("%.1f"),
                night.get("night2.outside").describe("%.1f"),
                ratio, met(ratio <= 0.12));
    }

    private String memorySection(Map<String, Samples> night) {
        return format("""
                Every `./ebpm nightly` above ran with `%s` and completed. Peak resident memory of the process
                (`/usr/bin/time -v`, JVM heap and DuckDB's native memory together):

                | | peak RSS MiB |
                |---|---|
                | night 1: ingest of %s rows, indicators, evidence pack | %s |
                | night 2: one day new | %s |

                Goal (completes with the heap capped at `%s`): **met**. Resident memory above the heap is the
                JVM's own (metaspace, code, GC, thread stacks) and DuckDB's native memory in the indicator, evidence and
                manifest connections. Each DuckDB connection may use the machine's memory less the JVM's heap and
                1 GiB (`DuckDbMemory`; `EBPM_DUCKDB_MEMORY` sets it) and spills beyond it to a temporary folder.
                """, heap, data.rowsInWords(), night.get("night1.rss").describe("%,.0f"),
                night.get("night2.rss").describe("%,.0f"), heap);
    }

    /** The work folder of the large set's nights, whose lake case 2 reads: {@code work-10m} for 10 million rows. */
    private Path largeWork() {
        return scratch.resolve("work-" + Math.max(1, data.requestedRows() / 1_000_000) + "m");
    }

    /** Case 2: each engine warm in this JVM and cold in a fresh one. */
    private String indicatorEngines() throws Exception {
        Path lake = largeWork().resolve("lake");
        ModelCatalog catalog = ModelCatalog.load();
        Map<String, Samples[]> byEngine = new java.util.LinkedHashMap<>();
        long values = 0;
        for (String engine : List.of("duckdb", "spark")) {
            Samples cold = new Samples();
            Samples warm = new Samples();
            for (int i = 0; i <= runs; i++) {
                long start = System.nanoTime();
                values = IndicatorCatalogRun.run(engine, lake, catalog);
                double warmSeconds = (System.nanoTime() - start) / 1e9;
                List<String> command = new java.util.ArrayList<>(List.of(javaCommand(), heap));
                command.addAll(jvmFlags());
                command.addAll(List.of("-cp", System.getProperty("java.class.path"),
                        IndicatorCatalogRun.class.getName(), lake.toString(), engine));
                TimedProcess coldRun = TimedProcess.run(command, Map.of(), root).orFail("cold indicator run " + engine);
                log(format("indicators %s run %d: warm %.1f s, cold %.1f s", engine, i, warmSeconds,
                        coldRun.wallSeconds()));
                if (i > 0) {
                    warm.add(warmSeconds);
                    cold.add(coldRun.wallSeconds());
                }
            }
            byEngine.put(engine, new Samples[] {cold, warm});
        }
        Samples[] duckDb = byEngine.get("duckdb");
        Samples[] spark = byEngine.get("spark");
        double warmRatio = spark[1].median() / duckDb[1].median();
        summary.put("spark_vs_duckdb_warm", warmRatio);
        return format("""
                The whole indicator catalog (%d indicator models, %,d values) over the %s lake, computed
                as the indicator step computes it (`IndicatorCatalogRun`: a session over the lake, every model),
                without the upsert and without the model cache (every fiscal year computed from the lake). Cold: a fresh JVM, including start-up (for Spark: the SparkSession). Warm: again
                in the benchmark's JVM, which has run it before (for Spark: a new session on the warm JVM).
                Spark runs `local[2]` on the same 2 cores.

                | engine | cold s | warm s |
                |---|---|---|
                | DuckDB (in-process) | %s | %s |
                | Spark local[2] | %s | %s |

                Ratio Spark ÷ DuckDB (medians): cold %.1f, warm **%.1f**. Goal warm ≤ 8: %s.
                """, catalog.indicators().size(), values, data.rowsInWords().replace(' ', '-') + "-row",
                duckDb[0].describe("%.1f"), duckDb[1].describe("%.1f"),
                spark[0].describe("%.1f"), spark[1].describe("%.1f"),
                spark[0].median() / duckDb[0].median(), warmRatio, met(warmRatio <= 8));
    }

    /** The flags this JVM runs with that a child needs too: Spark's --add-opens list and its -D settings. */
    private static List<String> jvmFlags() {
        return java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(flag -> flag.startsWith("--add-opens") || flag.startsWith("-Dspark.")
                        || flag.startsWith("-Djdk.reflect") || flag.startsWith("-Dio.netty"))
                .toList();
    }

    /**
     * Case 3: the committed sample (a few thousand rows of every source), cold, as a scheduler starts it, against
     * the start-up of {@code ./ebpm --help} in the same runs (the JVM and the command line, nothing else).
     */
    private String sampleNightly() throws Exception {
        Path landing = root.resolve("sample-data/landing");
        Samples wall = new Samples();
        Samples rss = new Samples();
        Samples help = new Samples();
        for (int i = 0; i <= runs; i++) {
            Path work = scratch.resolve("work-sample");
            DataSets.deleteTree(work);
            TimedProcess startUp = TimedProcess.run(List.of(root.resolve("ebpm").toString(), "--help"),
                    Map.of("EBPM_JAVA_OPTS", heap), root).orFail("ebpm --help");
            Nightly nightly = Nightly.run(root, landing, work, "2023-04-01", heap);
            log(format("sample nightly run %d: %.1f s, %.0f MiB; --help %.2f s", i, nightly.process().wallSeconds(),
                    nightly.process().maxRssMiB(), startUp.wallSeconds()));
            if (i > 0) {
                wall.add(nightly.process().wallSeconds());
                rss.add(nightly.process().maxRssMiB());
                help.add(startUp.wallSeconds());
            }
        }
        double ratio = wall.median() / help.median();
        summary.put("sample_night_vs_startup", ratio);
        summary.put("sample_night_rss_mib", rss.median());
        return format("""
                `./ebpm nightly --landing sample-data/landing` on a fresh work folder, a fresh JVM each run
                (`%s`), measured by `/usr/bin/time -v`, beside `./ebpm --help` in the same runs.

                | | wall s | peak RSS MiB |
                |---|---|---|
                | nightly, cold | %s | %s |
                | `ebpm --help` | %s | |

                Ratio nightly ÷ `--help` (medians): **%.1f**. Goal ≤ 3: %s. Peak RSS goal ≤ 400 MiB: %s.
                """, heap, wall.describe("%.1f"), rss.describe("%,.0f"), help.describe("%.2f"), ratio,
                met(ratio <= 3), met(rss.median() <= 400));
    }

    /** Case 6: the size of what {@code mvn package} builds for an office without Spark. */
    private String distributionSection() throws Exception {
        Path archive;
        try (var files = Files.list(root.resolve("dist/target"))) {
            archive = files.filter(file -> file.getFileName().toString().matches("ebpm-(?!spark).*\\.tar\\.gz"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no ebpm-*.tar.gz in dist/target: "
                            + "mvn -Pbench package builds it"));
        }
        double mib = Files.size(archive) / (1024.0 * 1024.0);
        summary.put("default_dist_mib", mib);
        return format("""
                `%s`, built by `mvn -B package` (module `dist`): **%.0f MiB**. Goal ≤ 120 MB: %s.
                """, archive.getFileName(), mib, met(mib * 1.048576 <= 120));
    }

    private long countRows() throws Exception {
        long rows = 0;
        for (Path file : data.pageViewFiles()) {
            try (var lines = Files.lines(file)) {
                rows += lines.filter(line -> !line.isEmpty() && Character.isDigit(line.charAt(0))).count();
            }
        }
        return rows;
    }

    private static void add(Map<String, Samples> samples, String key, double value) {
        samples.computeIfAbsent(key, k -> new Samples()).add(value);
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        List<String> rest = new ArrayList<>(List.of(args));
        for (int i = 0; i + 1 < rest.size(); i += 2) {
            options.put(rest.get(i), rest.get(i + 1));
        }
        return options;
    }

    private static void log(String line) {
        System.out.println("bench: " + line);
    }
}
