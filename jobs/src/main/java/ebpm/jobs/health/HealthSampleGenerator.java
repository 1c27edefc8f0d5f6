package ebpm.jobs.health;

import ebpm.analytics.period.FiscalYear;
import ebpm.evidence.export.CsvCells;
import ebpm.jobs.reference.Municipalities;
import ebpm.jobs.reference.Municipalities.Municipality;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Writes a synthetic but plausible landing zone of health-project evaluations: one file per municipality of
 * Kanagawa's 33 with its FY2016–FY2022 evaluations of 3 or 4 projects, as offices send them (some CP932 or UTF-8
 * with BOM and thousands separators from Excel, fiscal years written as 2020, 令和2年度, R2 or 2020年度). The
 * prefecture supports 0, 0, 1, 2, 33, 38 and 41 evaluations in FY2016–FY2022 (exactly 33 in FY2020, as the ICT
 * plan's FY2020 inspection report counts), and a supported project improves its outcome by about one percentage
 * point more, with noise. One row carries a typing error (participants and eligible swapped) to show a reject.
 *
 * <p>The output is a pure function of {@link #SEED}: the same bytes on every run and machine (java.util.Random's
 * sequence is specified, StrictMath is used for every transcendental function), so the committed sample can be
 * checked against it. Municipality sizes are invented, not statistics.
 */
public final class HealthSampleGenerator {

    public static final long SEED = 20_201_033L;
    public static final int FIRST_YEAR = 2016;
    public static final int LAST_YEAR = 2022;
    static final String FOLDER = "health";
    private static final Map<Integer, Integer> SUPPORTED_EVALUATIONS = Map.of(
            2016, 0, 2017, 0, 2018, 1, 2019, 2, 2020, 33, 2021, 38, 2022, 41);
    /** Improvement rate added by the prefecture's support, in percentage points: modest next to the noise. */
    private static final double SUPPORT_EFFECT = 1.0;
    private static final Charset CP932 = Charset.forName("windows-31j");
    private static final String TYPO_MUNICIPALITY = "143839";
    private static final int TYPO_YEAR = 2017;

    /**
     * A project type: its outcome indicator, the typical value before, and rates as fractions of the population.
     *
     * @param improvement typical improvement rate without support, in percent of the value before
     */
    private record Project(String name, String category, String indicator, String unit, boolean higherIsBetter,
                           double before, int decimals, double improvement, double eligibleShare,
                           double participation, boolean hasCompleters) {
    }

    private static final Project HEALTH_GUIDANCE = new Project("特定保健指導", "生活習慣病予防", "腹囲", "cm", false,
            92.0, 1, 1.5, 0.010, 0.22, true);
    private static final Project KIDNEY = new Project("糖尿病性腎症重症化予防", "重症化予防", "HbA1c", "%", false,
            7.4, 2, 2.5, 0.0015, 0.30, true);
    private static final Project HEALTH_POINTS = new Project("健康ポイント事業", "健康づくり", "1日平均歩数", "歩", true,
            6500, 0, 5.0, 0.70, 0.04, false);
    private static final Project BLOOD_PRESSURE = new Project("高血圧重症化予防", "重症化予防", "収縮期血圧", "mmHg",
            false, 148.0, 1, 3.0, 0.003, 0.25, true);

    /** One evaluation planned: who runs which project in which year. */
    private record Evaluation(Municipality municipality, Project project, int year) {
    }

    private final List<Municipality> municipalities;

    public HealthSampleGenerator() {
        this(Municipalities.load().all());
    }

    HealthSampleGenerator(List<Municipality> municipalities) {
        this.municipalities = municipalities;
    }

    /**
     * Writes the files into {@code landingFolder/health/} (created if absent; other files there are left alone).
     *
     * @return the files written
     */
    public List<Path> write(Path landingFolder) throws IOException {
        Path folder = landingFolder.resolve(FOLDER);
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : files().entrySet()) {
            written.add(Files.write(folder.resolve(file.getKey()), file.getValue()));
        }
        return written;
    }

    /** File name → content, in municipality order. */
    public Map<String, byte[]> files() {
        Set<Evaluation> supported = supportedEvaluations();
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < municipalities.size(); i++) {
            Municipality municipality = municipalities.get(i);
            files.put("health-evaluations_" + municipality.code() + ".csv", file(i, municipality, supported));
        }
        return files;
    }

    /** Each year's supported evaluations, drawn at random from that year's evaluations. */
    private Set<Evaluation> supportedEvaluations() {
        Set<Evaluation> supported = new HashSet<>();
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            List<Evaluation> candidates = new ArrayList<>();
            for (Municipality municipality : municipalities) {
                for (Project project : projects(municipality)) {
                    if (year >= startYear(municipality, project) && !isTypo(municipality, project, year)) {
                        candidates.add(new Evaluation(municipality, project, year));
                    }
                }
            }
            Collections.shuffle(candidates, new Random(SEED + year));
            supported.addAll(candidates.subList(0, SUPPORTED_EVALUATIONS.get(year)));
        }
        return supported;
    }

    private byte[] file(int index, Municipality municipality, Set<Evaluation> supported) {
        boolean fromExcel = index % 3 != 0;
        Random random = new Random(SEED ^ Long.parseLong(municipality.code()));
        double size = population(municipality, random);
        String lineEnd = fromExcel ? "\r\n" : "\n";
        StringBuilder text = new StringBuilder(String.join(",", HealthEvaluationSource.COLUMNS)).append(lineEnd);
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            for (Project project : projects(municipality)) {
                if (year < startYear(municipality, project)) {
                    continue;
                }
                Evaluation evaluation = new Evaluation(municipality, project, year);
                List<String> cells = row(index, evaluation, supported.contains(evaluation), size, random);
                text.append(CsvCells.line(cells)).append(lineEnd);
            }
        }
        return switch (index % 3) {
            case 1 -> text.toString().getBytes(CP932);
            case 2 -> ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
            default -> text.toString().getBytes(StandardCharsets.UTF_8);
        };
    }

    private static List<String> row(int index, Evaluation evaluation, boolean supported, double size,
                                    Random random) {
        Project project = evaluation.project();
        int year = evaluation.year();
        double growth = 1 + 0.01 * (year - FIRST_YEAR);
        long eligible = Math.max(3, Math.round(size * project.eligibleShare() * growth * (1 + 0.05 * random.nextGaussian())));
        double rate = project.participation() * (1 + 0.04 * (year - FIRST_YEAR)) * (year == 2020 ? 0.75 : 1.0)
                * (1 + 0.15 * random.nextGaussian());
        long participants = Math.min(eligible, Math.max(1, Math.round(eligible * rate)));
        long completers = Math.round(participants * (0.7 + 0.2 * random.nextDouble()));
        // Small groups are noisier: the spread of the improvement shrinks with the number of participants.
        double spread = 1.5 + 6 / StrictMath.sqrt(participants + 1.0);
        double improvement = project.improvement() + (supported ? SUPPORT_EFFECT : 0) + spread * random.nextGaussian();
        double before = project.before() * (1 + 0.02 * random.nextGaussian());
        double after = before * (1 + (project.higherIsBetter() ? 1 : -1) * improvement / 100);
        if (isTypo(evaluation.municipality(), project, year)) {
            long swapped = eligible;
            eligible = participants;
            participants = swapped;
        }
        boolean fromExcel = index % 3 != 0;
        return List.of(
                fiscalYear(index, year),
                evaluation.municipality().code(),
                writtenName(evaluation.municipality()),
                project.name(),
                project.category(),
                count(eligible, fromExcel),
                count(participants, fromExcel),
                project.hasCompleters() ? count(completers, fromExcel) : "",
                project.indicator(),
                project.unit(),
                decimal(before, project.decimals()),
                decimal(after, project.decimals()),
                supported ? "有" : "無");
    }

    /** The projects a municipality runs: every one the first two, and one or both of the others. */
    private static List<Project> projects(Municipality municipality) {
        Random random = new Random(SEED * 31 + Long.parseLong(municipality.code()));
        boolean points = random.nextDouble() < 0.6;
        boolean bloodPressure = random.nextDouble() < 0.5;
        if (!points && !bloodPressure) {
            points = true;
        }
        List<Project> projects = new ArrayList<>(List.of(HEALTH_GUIDANCE, KIDNEY));
        if (points) {
            projects.add(HEALTH_POINTS);
        }
        if (bloodPressure) {
            projects.add(BLOOD_PRESSURE);
        }
        return projects;
    }

    /** Health points started between FY2016 and FY2019, so some first years have no previous year to compare. */
    private static int startYear(Municipality municipality, Project project) {
        if (project != HEALTH_POINTS) {
            return FIRST_YEAR;
        }
        return FIRST_YEAR + new Random(SEED * 17 + Long.parseLong(municipality.code())).nextInt(4);
    }

    private static boolean isTypo(Municipality municipality, Project project, int year) {
        return municipality.code().equals(TYPO_MUNICIPALITY) && project == HEALTH_GUIDANCE && year == TYPO_YEAR;
    }

    private static double population(Municipality municipality, Random random) {
        return switch (municipality.code()) {
            case "141003" -> 3_750_000;
            case "141305" -> 1_500_000;
            case "141500" -> 720_000;
            default -> {
                double low = municipality.name().endsWith("市") ? 40_000 : 3_000;
                double high = municipality.name().endsWith("市") ? 420_000 : 48_000;
                yield StrictMath.exp(StrictMath.log(low) + random.nextDouble() * StrictMath.log(high / low));
            }
        };
    }

    /** Offices write the year in four ways; each municipality keeps to one. */
    private static String fiscalYear(int index, int year) {
        return switch (index % 4) {
            case 1 -> FiscalYear.japanese(year);
            case 2 -> year >= 2019 ? "R" + (year - 2018) : "H" + (year - 1988);
            case 3 -> year + "年度";
            default -> Integer.toString(year);
        };
    }

    /** 茅ヶ崎市 is often written 茅ケ崎市; the sample does so, as the ingest forgives it. */
    private static String writtenName(Municipality municipality) {
        return municipality.name().replace('ヶ', 'ケ');
    }

    /** Excel writes counts with thousands separators when the cell is formatted so. */
    private static String count(long value, boolean fromExcel) {
        return fromExcel ? String.format(Locale.ROOT, "%,d", value) : Long.toString(value);
    }

    private static String decimal(double value, int decimals) {
        return new BigDecimal(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }
}
