package ebpm.jobs.measures;

import static org.assertj.core.api.Assertions.assertThat;

import ebpm.jobs.cli.Ebpm;
import ebpm.jobs.landing.TabularFile;
import ebpm.jobs.landing.TabularFiles;
import ebpm.jobs.landing.TabularOptions;
import ebpm.jobs.landing.TabularRow;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed measure sheets in {@code sample-data/landing/measures} are exactly what
 * {@link MeasureSampleGenerator} writes around the real FY2020 sheet. After changing the generator, rewrite them with
 * {@code mvn -B -q test -pl jobs -am -Dtest=MeasureSampleDataTest -Dsurefire.failIfNoSpecifiedTests=false -Debpm.writeSample=true}.
 */
class MeasureSampleDataTest {

    private static final Path COMMITTED = Ebpm.SAMPLE_LANDING.resolve("measures");
    private static final Path REAL = COMMITTED.resolve(MeasureSampleGenerator.REAL_SHEET);

    @TempDir
    Path out;

    @Test
    void theCommittedSheetsAreTheGeneratorsOutput() throws IOException {
        if (Boolean.getBoolean("ebpm.writeSample")) {
            new MeasureSampleGenerator(REAL).write(Ebpm.SAMPLE_LANDING);
        }
        List<Path> written = new MeasureSampleGenerator(REAL).write(out);

        assertThat(names(COMMITTED)).containsExactlyElementsOf(names(out.resolve("measures")));
        for (Path file : written) {
            assertThat(COMMITTED.resolve(file.getFileName())).as("%s", file.getFileName()).hasSameBinaryContentAs(file);
        }
    }

    @Test
    void theFy2019SheetGivesTheRatesTheFy2020ReportPublishedForIt() throws IOException {
        Map<String, long[]> counts = new TreeMap<>();
        for (List<String> row : rows(COMMITTED.resolve("kanagawa-ict-measures-fy2019-synthetic.csv"))) {
            String pillar = row.get(1).contains("Ⅰ") ? "Ⅰ" : "Ⅱ";
            for (String key : List.of(pillar, "全体")) {
                long[] metOfEvaluated = counts.computeIfAbsent(key, k -> new long[2]);
                String evaluation = row.get(10);
                metOfEvaluated[0] += "◎".equals(evaluation) || "○".equals(evaluation) ? 1 : 0;
                metOfEvaluated[1] += "◎○△".contains(evaluation) && !evaluation.isEmpty() ? 1 : 0;
            }
        }

        // 81.6 / 81.2 / 82.6 as published (p. 2 of the FY2020 report), cut off to one decimal: 58/71, 39/48, 19/23.
        assertThat(counts.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue()[0] + "/" + e.getValue()[1] + " = " + cutOff(e.getValue()))))
                .containsExactlyInAnyOrderEntriesOf(Map.of("全体", "58/71 = 81.6", "Ⅰ", "39/48 = 81.2",
                        "Ⅱ", "19/23 = 82.6"));
    }

    @Test
    void theDxSheetsHoldEveryFieldOfThePlanWithBothIndicatorKinds() throws IOException {
        for (int year : List.of(2024, 2025)) {
            List<List<String>> rows = rows(COMMITTED.resolve("kanagawa-dx-measures-fy" + year + "-synthetic.csv"));
            assertThat(rows.stream().map(row -> row.get(2)).distinct()).hasSize(22);
            assertThat(rows.stream().collect(Collectors.groupingBy(row -> row.get(2) + " " + row.get(3),
                    Collectors.mapping(row -> row.get(6), Collectors.toList()))).values())
                    .allSatisfy(kinds -> assertThat(kinds).containsExactly("過程指標", "成果指標"));
            assertThat(rows.stream().collect(Collectors.groupingBy(row -> row.get(2), Collectors.mapping(
                    row -> row.get(3), Collectors.toSet()))).values())
                    .allSatisfy(numbers -> assertThat(numbers.size()).isBetween(1, 3));
        }
    }

    private static String cutOff(long[] metOfEvaluated) {
        return BigDecimal.valueOf(100 * metOfEvaluated[0])
                .divide(BigDecimal.valueOf(metOfEvaluated[1]), 1, RoundingMode.DOWN).toPlainString();
    }

    private static List<List<String>> rows(Path sheet) throws IOException {
        try (TabularFile file = TabularFiles.open(sheet, TabularOptions.defaults())) {
            int columns = file.header().size();
            Stream.Builder<List<String>> rows = Stream.builder();
            for (TabularRow row = file.next(); row != null; row = file.next()) {
                List<String> cells = new java.util.ArrayList<>();
                for (int i = 0; i < columns; i++) {
                    cells.add(row.cell(i));
                }
                rows.add(cells);
            }
            return rows.build().toList();
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
