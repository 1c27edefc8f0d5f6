package ebpm.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The inputs, made once under the scratch folder with {@code ./ebpm generate-sample}: the large GA4 set
 * (one file per site, so each file is a large one) with the health sample, in UTF-8 so that DuckDB's
 * {@code read_csv} can read the very same files (it reads no CP932); and one more day's export for the
 * incremental night, which arrives in the same landing zone as the full set, as it would at the prefecture.
 */
final class DataSets {

    static final String TOURISM = "tourism-pv";
    /** The generated exports end on 2023-03-31; the next day's export arrives the night after. */
    static final String LAST_DAY = "20230331";
    static final String NEXT_DAY = "20230401";
    /** About the most rows the published figures allow (30,151,393); a larger set multiplies the views. */
    private static final long ROWS_PER_SCALE = 30_000_000;

    private final Path root;
    private final Path scratch;
    private final long rows;

    DataSets(Path root, Path scratch, long rows) {
        this.root = root;
        this.scratch = scratch;
        this.rows = rows;
    }

    long requestedRows() {
        return rows;
    }

    /** The set's size as the results file says it, e.g. "10 million" or "100 million". */
    String rowsInWords() {
        return rows % 1_000_000 == 0 ? (rows / 1_000_000) + " million" : String.format("%,d", rows);
    }

    /** What {@code ./ebpm generate-sample} is given for the page views, but the split. */
    List<String> generateOptions() {
        long scale = (rows + ROWS_PER_SCALE - 1) / ROWS_PER_SCALE;
        return scale <= 1 ? List.of("--pageviews-rows", Long.toString(rows))
                : List.of("--pageviews-rows", Long.toString(rows), "--pageviews-scale", Long.toString(scale));
    }

    /** The data rows of the next day's export. */
    long nextDayRows() throws IOException {
        try (Stream<String> lines = Files.lines(nextDayExport(), StandardCharsets.UTF_8)) {
            return lines.filter(line -> line.startsWith(NEXT_DAY + ",")).count();
        }
    }

    /** The full landing zone: page views (UTF-8) and the health sample. */
    Path fullLanding() {
        return scratch.resolve("landing-" + rows);
    }

    /** The landing zone of the incremental nights: the full set as links, then one day's export added. */
    private Path nightsLanding() {
        return scratch.resolve("landing-" + rows + "-nights");
    }

    private Path nextDayExport() {
        return scratch.resolve("next-day-" + rows).resolve("kanagawa-now_ga4-pages-" + NEXT_DAY + ".csv");
    }

    private Path nextDayInLanding() {
        return nightsLanding().resolve(TOURISM).resolve("kanagawa-now").resolve(nextDayExport().getFileName());
    }

    /** The landing zone of the first night: the full set. */
    Path firstNightLanding() throws IOException {
        Files.deleteIfExists(nextDayInLanding());
        return nightsLanding();
    }

    /** The same landing zone the next night: one day's export of 観光かながわNOW has arrived (a new file). */
    Path nextNightLanding() throws IOException {
        Files.copy(nextDayExport(), nextDayInLanding(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return nightsLanding();
    }

    /** The page-view files of the full landing zone. */
    List<Path> pageViewFiles() throws IOException {
        try (Stream<Path> files = Files.walk(fullLanding().resolve(TOURISM))) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    void prepare() throws IOException, InterruptedException {
        Path ready = fullLanding().resolve(".ready");
        if (!Files.exists(ready)) {
            Path generated = scratch.resolve("generated-" + rows);
            deleteTree(generated);
            deleteTree(fullLanding());
            List<String> command = new ArrayList<>(List.of(root.resolve("ebpm").toString(), "generate-sample"));
            command.addAll(generateOptions());
            command.addAll(List.of("--pageviews-split", "none", "--out", generated.toString()));
            TimedProcess.run(command, Map.of("EBPM_JAVA_OPTS", "-Xmx1g"), root).orFail("ebpm generate-sample");
            copyAsUtf8(generated, fullLanding());
            deleteTree(generated);
            Files.writeString(ready, "");
        }
        Path nights = nightsLanding();
        if (!Files.exists(nights.resolve(".ready"))) {
            deleteTree(nights);
            linkTree(fullLanding(), nights);
            Path site = fullLanding().resolve(TOURISM).resolve("kanagawa-now");
            Path export;
            try (Stream<Path> files = Files.list(site)) {
                export = files.filter(Files::isRegularFile).findFirst().orElseThrow();
            }
            writeNextDay(export, nextDayExport());
            Files.writeString(nights.resolve(".ready"), "");
        }
    }

    /** Lines of GA4 files are re-encoded; the health files are copied as they are. */
    private static void copyAsUtf8(Path from, Path to) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(from)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            Path target = to.resolve(from.relativize(file).toString());
            Files.createDirectories(target.getParent());
            Charset charset = isUtf8(file) ? StandardCharsets.UTF_8 : Charset.forName("windows-31j");
            if (charset == StandardCharsets.UTF_8) {
                Files.copy(file, target);
                continue;
            }
            try (BufferedReader in = Files.newBufferedReader(file, charset);
                 BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                in.transferTo(out);
            }
        }
    }

    private static boolean isUtf8(Path file) throws IOException {
        try (BufferedReader in = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)))) {
            char[] buffer = new char[1 << 16];
            while (in.read(buffer) != -1) {
                // reading is the check
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The comment lines and header of the export, and its last day's rows dated one day later. */
    private static void writeNextDay(Path export, Path target) throws IOException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(export, StandardCharsets.UTF_8)) {
            boolean inHeader = true;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                boolean data = !line.isEmpty() && Character.isDigit(line.charAt(0));
                if (inHeader && !data) {
                    if (!line.startsWith("総計") && !line.startsWith("Grand total")) {
                        lines.add(line);
                    }
                } else {
                    inHeader = false;
                    if (line.startsWith(LAST_DAY + ",")) {
                        lines.add(NEXT_DAY + line.substring(LAST_DAY.length()));
                    }
                }
            }
        }
        Files.createDirectories(target.getParent());
        Files.write(target, lines, StandardCharsets.UTF_8);
    }

    /** Symbolic links to every file, so a second landing zone costs no copy. */
    private static void linkTree(Path from, Path to) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(from)) {
            files = walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                    .toList();
        }
        for (Path file : files) {
            Path link = to.resolve(from.relativize(file).toString());
            Files.createDirectories(link.getParent());
            Files.createSymbolicLink(link, file.toAbsolutePath());
        }
    }

    static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
