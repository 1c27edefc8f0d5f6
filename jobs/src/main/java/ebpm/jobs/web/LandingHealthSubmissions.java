package ebpm.jobs.web;

import ebpm.analytics.checksum.Sha256;
import ebpm.analytics.lake.LakeTables;
import ebpm.analytics.project.Project;
import ebpm.jobs.LandingSources;
import ebpm.jobs.WorkFolder;
import ebpm.jobs.landing.CellLengthLimit;
import ebpm.jobs.landing.LandingFileException;
import ebpm.jobs.landing.LandingSource;
import ebpm.jobs.landing.MappedRow;
import ebpm.jobs.landing.RejectedRowException;
import ebpm.jobs.landing.RowMapper;
import ebpm.jobs.landing.TabularFile;
import ebpm.jobs.landing.TabularFiles;
import ebpm.jobs.landing.TabularRow;
import ebpm.web.submissions.HealthSubmissions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Health evaluation files submitted through the web app: read and checked row by row exactly as the night reads the
 * landing folder (the health source's {@link RowMapper}, its file options and cell limits), with one rule more — a
 * row must be of the municipality that sends it. The accepted rows are placed in {@code landing/health/} under a
 * name of their own (municipality, time, checksum), so nothing is overwritten: the file as sent when every row is
 * accepted; when some are rejected, nothing until the sender chooses to place the accepted rows (a UTF-8 CSV of the
 * header and those rows), the file kept aside meanwhile. Every submission is a line of
 * {@code <work>/submissions/health.csv}.
 */
public final class LandingHealthSubmissions implements HealthSubmissions {

    /** More rows than a municipality's evaluations of many years; a larger file is refused whole. */
    static final int MAX_ROWS = 20_000;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final List<String> LOG_HEADER = List.of("submitted_at", "user", "municipality", "file_name",
            "stored_as", "sha256", "rows_accepted", "rows_rejected");

    /** A file with rejected rows waits this long for its sender to place the accepted rows. */
    static final Duration PENDING_KEPT = Duration.ofHours(1);
    private static final int PENDING_MAX = 200;

    private final Path landing;
    private final Path log;
    private final Path scratch;
    private final Project project;
    /** Files kept aside by token, oldest first: in memory, so a restart asks the sender to send again. */
    private final Map<String, Pending> pending = new LinkedHashMap<>();
    private final SecureRandom random = new SecureRandom();

    private record Pending(Path file, String fileName, String municipality, String user, String sha256,
                           String extension, Instant keptAt) {
    }

    public LandingHealthSubmissions(Path landing, WorkFolder work, Project project) {
        this.landing = landing.resolve("health");
        this.log = work.root().resolve("submissions").resolve("health.csv");
        this.scratch = work.root().resolve("submissions").resolve("incoming");
        this.project = project;
    }

    @Override
    public synchronized Result submit(String fileName, byte[] content, String municipality, String user)
            throws IOException {
        forgetOldPending();
        ZonedDateTime now = ZonedDateTime.now(project.settings().timeZone());
        String sha256 = Sha256.hex(content);
        String extension = fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx") ? ".xlsx" : ".csv";
        Files.createDirectories(scratch);
        Path sent = scratch.resolve(sha256.substring(0, 12) + "-" + now.format(STAMP) + "-" + token().substring(0, 8)
                + extension);
        Files.write(sent, content);
        boolean keptAside = false;
        try {
            Checked checked = check(sent, municipality, now.toLocalDate());
            String storedAs = null;
            String token = null;
            if (checked.problem() == null && !checked.accepted().isEmpty()) {
                if (checked.rejected().isEmpty()) {
                    storedAs = place(sent, checked, municipality, now, sha256, extension);
                } else {
                    token = token();
                    pending.put(token, new Pending(sent, fileName, municipality, user, sha256, extension,
                            Instant.now()));
                    keptAside = true;
                }
            }
            record(now, user, municipality, fileName, storedAs, sha256, checked);
            return new Result(fileName, checked.read(), checked.accepted().size(), checked.rejected(),
                    checked.problem(), storedAs, sha256, token);
        } finally {
            if (!keptAside) {
                Files.deleteIfExists(sent);
            }
        }
    }

    @Override
    public synchronized Result placeAccepted(String token, String user) throws IOException {
        forgetOldPending();
        Pending kept = token == null ? null : pending.get(token);
        if (kept == null || !kept.user().equals(user)) {
            throw new IllegalArgumentException("no file of " + user + " is kept under that token");
        }
        pending.remove(token);
        try {
            ZonedDateTime now = ZonedDateTime.now(project.settings().timeZone());
            // Checked again: the rules are the night's of today, and what is placed is what was checked.
            Checked checked = check(kept.file(), kept.municipality(), now.toLocalDate());
            String storedAs = checked.problem() == null && !checked.accepted().isEmpty()
                    ? place(kept.file(), checked, kept.municipality(), now, kept.sha256(), kept.extension()) : null;
            record(now, user, kept.municipality(), kept.fileName(), storedAs, kept.sha256(), checked);
            return new Result(kept.fileName(), checked.read(), checked.accepted().size(), checked.rejected(),
                    checked.problem(), storedAs, kept.sha256(), null);
        } finally {
            Files.deleteIfExists(kept.file());
        }
    }

    private void forgetOldPending() throws IOException {
        Instant cutoff = Instant.now().minus(PENDING_KEPT);
        var entries = pending.entrySet().iterator();
        while (entries.hasNext()) {
            Pending kept = entries.next().getValue();
            if (kept.keptAt().isBefore(cutoff) || pending.size() > PENDING_MAX) {
                Files.deleteIfExists(kept.file());
                entries.remove();
            }
        }
    }

    private String token() {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        return java.util.HexFormat.of().formatHex(bytes);
    }

    private record Checked(long read, List<String> header, List<TabularRow> accepted, List<RejectedRow> rejected,
                           String problem) {
    }

    private Checked check(Path file, String municipality, LocalDate today) throws IOException {
        LandingSource source = LandingSources.named("health", project, today).orElseThrow();
        int codeColumn = LakeTables.HEALTH_EVALUATIONS.indexOf("municipality_code");
        List<TabularRow> accepted = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        long read = 0;
        List<String> header = List.of();
        try (TabularFile table = TabularFiles.open(file, source.options())) {
            header = table.header();
            source.checkPreamble(file, table.preamble());
            RowMapper mapper = CellLengthLimit.guarding(source.newMapper(file, header), header);
            if (mapper.surveysFirst()) {
                throw new IllegalStateException("the health source reads a file in one pass");
            }
            for (TabularRow row = table.next(); row != null; row = table.next()) {
                if (++read > MAX_ROWS) {
                    return new Checked(read, header, List.of(), List.of(), "行が多すぎます（" + MAX_ROWS
                            + " 行まで）。年度ごとなどに分けて提出してください。");
                }
                try {
                    for (MappedRow mapped : mapper.map(row)) {
                        Object code = mapped.values()[codeColumn];
                        if (!municipality.equals(code)) {
                            throw new RejectedRowException("municipality code " + code + " is not the sender's ("
                                    + municipality + ")", "市町村コード: " + code + " は提出する市町村（" + municipality
                                    + "）のものではありません。自分の市町村の行だけを提出してください");
                        }
                    }
                    accepted.add(row);
                } catch (RejectedRowException e) {
                    rejected.add(new RejectedRow(row.lineNumber(), e.japanese().orElse(e.reason())));
                }
            }
            mapper.finish();
        } catch (LandingFileException e) {
            return new Checked(read, header, List.of(), List.of(),
                    e.japanese().orElse(e.getMessage().replace(file.getFileName() + ": ", "")));
        }
        return new Checked(read, header, accepted, rejected, null);
    }

    /** Written beside the landing folder's files, then moved in, so the night never reads half a file. */
    private String place(Path sent, Checked checked, String municipality, ZonedDateTime now, String sha256,
                         String extension) throws IOException {
        Files.createDirectories(landing);
        boolean whole = checked.rejected().isEmpty();
        String stem = "health-evaluations_" + municipality + "_" + now.format(STAMP) + "_" + sha256.substring(0, 12)
                + (whole ? "" : "_accepted");
        Path aside = scratch.resolve(stem + ".part");
        if (whole) {
            Files.copy(sent, aside, StandardCopyOption.REPLACE_EXISTING);
        } else {
            extension = ".csv";
            List<String> lines = new ArrayList<>();
            lines.add(csvLine(checked.header()));
            checked.accepted().forEach(row -> lines.add(csvLine(row.cells())));
            Files.writeString(aside, "\uFEFF" + String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
        }
        Path target = landing.resolve(stem + extension);
        for (int n = 2; Files.exists(target); n++) {
            target = landing.resolve(stem + "_" + n + extension);
        }
        try {
            Files.move(aside, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(aside, target);
        }
        return target.getFileName().toString();
    }

    private void record(ZonedDateTime now, String user, String municipality, String fileName, String storedAs,
                        String sha256, Checked checked) throws IOException {
        Files.createDirectories(log.getParent());
        List<String> lines = new ArrayList<>();
        if (!Files.exists(log)) {
            lines.add(csvLine(LOG_HEADER));
        }
        lines.add(csvLine(List.of(now.format(SHOWN), user, municipality, fileName, storedAs == null ? "" : storedAs,
                sha256, Integer.toString(checked.accepted().size()), Integer.toString(checked.rejected().size()))));
        Files.write(log, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    @Override
    public List<Submission> submissions(String municipality) throws IOException {
        if (!Files.exists(log)) {
            return List.of();
        }
        List<Submission> submissions = new ArrayList<>();
        try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
            for (String line : lines.skip(1).toList()) {
                List<String> cells = csvCells(line);
                if (cells.size() == LOG_HEADER.size() && (municipality == null || municipality.equals(cells.get(2)))) {
                    submissions.add(new Submission(cells.get(0), cells.get(1), cells.get(2), cells.get(3),
                            cells.get(4), cells.get(5), Long.parseLong(cells.get(6)), Long.parseLong(cells.get(7))));
                }
            }
        }
        submissions.sort(Comparator.comparing(Submission::submittedAt).reversed());
        return submissions;
    }

    /** One CSV line, every cell quoted and kept as sent (the night reads it; a line break becomes a space). */
    static String csvLine(List<String> cells) {
        List<String> quoted = new ArrayList<>();
        for (String cell : cells) {
            quoted.add("\"" + cell.replace("\"", "\"\"").replace("\r", " ").replace("\n", " ") + "\"");
        }
        return String.join(",", quoted);
    }

    static List<String> csvCells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
