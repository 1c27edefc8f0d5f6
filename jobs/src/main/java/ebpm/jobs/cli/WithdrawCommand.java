package ebpm.jobs.cli;

import ebpm.analytics.catalog.ModelCatalog;
import ebpm.analytics.engine.DuckDbSession;
import ebpm.analytics.indicatordb.IndicatorDatabase;
import ebpm.analytics.indicatordb.ManifestEntry;
import ebpm.analytics.indicatordb.Withdrawals;
import ebpm.analytics.lake.LakeTable;
import ebpm.analytics.project.Project;
import ebpm.analytics.withdrawal.WithdrawableKeys;
import ebpm.analytics.withdrawal.WithdrawableKeys.RowKey;
import ebpm.analytics.withdrawal.Withdrawal;
import ebpm.jobs.LandingSources;
import ebpm.jobs.landing.LandingSource;
import ebpm.jobs.nightly.RunLock;
import ebpm.jobs.withdraw.KeyRows;
import ebpm.jobs.withdraw.KeyText;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ebpm withdraw}: takes a landed file's rows, or one key's, out of the figures from the next night on, keeps
 * the decision (who, when, why) in the indicator database, lists the withdrawals and undoes one. Plain Java: it
 * records the decision; the next night's staging models leave the rows out.
 */
@Command(name = "withdraw", mixinStandardHelpOptions = true,
        description = {"Take a landed file's rows, or the rows of one key, out of the figures from the next "
                + "'ebpm nightly' on; the lake keeps them, the indicator history records the change. "
                + "Reversible with --undo.",
                "",
                "  ebpm withdraw health --file yokohama-fy2020.csv --reason \"sent to the wrong office\"",
                "  ebpm withdraw health --key 2020,141003,特定保健指導 --reason \"renamed 特定保健指導事業\"",
                "  ebpm withdraw --list",
                "  ebpm withdraw --undo 2 --reason \"withdrawn by mistake\"",
                ""})
final class WithdrawCommand implements Callable<Integer> {

    private static final int FILES_LISTED = 20;

    @Parameters(arity = "0..1", paramLabel = "SOURCE", completionCandidates = ReprocessCommand.SourceNames.class,
            description = "landing source: ${COMPLETION-CANDIDATES}")
    String sourceName;

    @Option(names = "--file", paramLabel = "NAME", description = "withdraw a whole landed file: its name, its path in "
            + "the source's folder (inbound/x.csv) or in the landing folder (tourism-pv/inbound/x.csv)")
    String fileName;

    @Option(names = "--key", paramLabel = "KEY", description = "withdraw the rows of one key, in every file that "
            + "landed it so far; health: 年度,市町村コード,事業名, e.g. 2020,141003,特定保健指導")
    String keyText;

    @Option(names = "--reason", paramLabel = "TEXT", description = "why (kept with the withdrawal; required to "
            + "withdraw and to undo)")
    String reason;

    @Option(names = "--list", description = "list every withdrawal, in force and undone")
    boolean list;

    @Option(names = "--undo", paramLabel = "N", description = "put the rows of withdrawal N back into the figures "
            + "from the next night on (see --list)")
    Long undo;

    @Mixin
    WorkOption work;

    @Mixin
    ProjectOption project;

    /** A usage error: printed as it is, exit code 2. */
    private static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    @Override
    public Integer call() throws Exception {
        try {
            if (list) {
                refuseWith("--list", sourceName, fileName, keyText, undo, reason);
                return list();
            }
            if (undo != null) {
                refuseWith("--undo", sourceName, fileName, keyText);
                return undo();
            }
            return withdraw();
        } catch (Refused refused) {
            System.err.println("ebpm: " + refused.getMessage());
            return EbpmCommand.USAGE;
        } catch (RunLock.HeldElsewhereException busy) {
            System.err.println("ebpm: " + busy.getMessage());
            return EbpmCommand.BUSY;
        }
    }

    private int list() throws SQLException {
        try (IndicatorDatabase database = openDatabase()) {
            List<Withdrawal> all = database.withdrawals().all();
            if (all.isEmpty()) {
                System.out.println("no withdrawals in " + work.indicators());
            }
            ZoneId zone = project.project().settings().timeZone();
            printGroup("in force (their rows are left out of the figures):", all.stream().filter(Withdrawal::inForce)
                    .toList(), zone);
            printGroup("undone (their rows count again):", all.stream().filter(w -> !w.inForce()).toList(), zone);
        }
        return 0;
    }

    private static void printGroup(String title, List<Withdrawal> withdrawals, ZoneId zone) {
        if (!withdrawals.isEmpty()) {
            System.out.println(title);
            withdrawals.forEach(withdrawal -> System.out.println("  " + withdrawal.describe(zone)));
        }
    }

    private int undo() throws Exception {
        String why = requiredReason();
        try (RunLock lock = RunLock.acquire(work.folder().runLock());
             IndicatorDatabase database = openDatabase()) {
            Withdrawals withdrawals = database.withdrawals();
            Optional<Withdrawal> found = withdrawals.find(undo);
            if (found.isEmpty()) {
                throw new Refused("there is no withdrawal #" + undo + "; " + numbers(withdrawals)
                        + " (ebpm withdraw --list shows them)");
            }
            Withdrawal withdrawal = found.get();
            ZoneId zone = project.project().settings().timeZone();
            if (!withdrawal.inForce()) {
                System.out.println("withdrawal #" + undo + " is already undone; nothing changed: "
                        + withdrawal.describe(zone));
                return 0;
            }
            withdrawals.undo(undo, who(), Instant.now(), why);
            System.out.println("undone: " + withdrawals.find(undo).orElseThrow().describe(zone));
            System.out.println("  its rows count again from the next 'ebpm nightly' on");
            return 0;
        }
    }

    private int withdraw() throws Exception {
        if (sourceName == null) {
            throw new Refused("name what to withdraw: ebpm withdraw SOURCE --file NAME, or SOURCE --key KEY; "
                    + "ebpm withdraw --list shows the withdrawals (ebpm withdraw --help)");
        }
        Project rules = project.project();
        LandingSource source = LandingSources.named(sourceName, rules, today(rules)).orElseThrow(() -> new Refused(
                "unknown source '" + sourceName + "'; the sources are " + String.join(", ", LandingSources.names())));
        if ((fileName == null) == (keyText == null)) {
            throw new Refused("give either --file NAME (a whole landed file) or --key KEY (the rows of one key)"
                    + keyUsage(source).map(usage -> "; " + usage).orElse(""));
        }
        String why = requiredReason();
        try (RunLock lock = RunLock.acquire(work.folder().runLock());
             IndicatorDatabase database = openDatabase()) {
            List<Withdrawal> inForce = database.withdrawals().inForce();
            Decision decision = fileName != null ? wholeFile(source, database, why, inForce)
                    : key(source, rules, why, inForce);
            ZoneId zone = rules.settings().timeZone();
            if (decision.fresh().isEmpty()) {
                System.out.println("already withdrawn, nothing changed: " + String.join("; ",
                        decision.covering().stream().map(w -> w.describe(zone)).toList()));
                return 0;
            }
            Withdrawal withdrawal = decision.fresh().get();
            Withdrawal recorded = database.withdrawals().record(withdrawal);
            System.out.println("withdrawn: " + recorded.describe(zone));
            System.out.println("  its rows leave the figures on the next 'ebpm nightly' (the lake keeps them); undo "
                    + "with: ebpm withdraw --undo " + recorded.id() + " --reason TEXT");
            return 0;
        }
    }

    /**
     * What a withdrawal would add to those in force: a new withdrawal, or none when those in force (covering)
     * already take out every row it names.
     */
    private record Decision(Optional<Withdrawal> fresh, List<Withdrawal> covering) {
    }

    private Decision wholeFile(LandingSource source, IndicatorDatabase database, String why, List<Withdrawal> inForce)
            throws SQLException {
        List<ManifestEntry> files = database.manifest().entries().stream()
                .filter(entry -> entry.source().equals(source.name())).toList();
        List<ManifestEntry> named = files.stream().filter(this::isNamed).toList();
        if (named.isEmpty()) {
            throw new Refused(source.name() + " has no landed file '" + fileName + "'; " + fileList(files));
        }
        if (named.size() > 1) {
            throw new Refused("'" + fileName + "' is the name of " + named.size() + " landed files of "
                    + source.name() + "; give the one meant by its path: " + String.join(", ",
                    named.stream().map(WithdrawCommand::path).toList()));
        }
        ManifestEntry file = named.get(0);
        if (file.rowsWritten() == 0) {
            throw new Refused(path(file) + " has no rows in the lake (" + file.status() + ": "
                    + Optional.ofNullable(file.message()).orElse("every row rejected") + "); nothing to withdraw");
        }
        List<Withdrawal> covering = inForce.stream().filter(earlier -> earlier.wholeFile()
                && earlier.lakeTable().equals(source.lakeTable().name())
                && earlier.checksums().contains(file.checksum())).toList();
        return covering.isEmpty() ? new Decision(Optional.of(Withdrawal.of(source.name(), source.lakeTable().name(),
                List.of(file.fileName()), List.of(file.checksum()), List.of(), file.rowsWritten(), why, who(),
                Instant.now())), List.of()) : new Decision(Optional.empty(), covering);
    }

    /**
     * The rows of one key in the files that landed it and that no withdrawal in force already takes out; no files
     * when every file is already covered.
     */
    private Decision key(LandingSource source, Project rules, String why, List<Withdrawal> inForce)
            throws SQLException {
        LakeTable table = source.lakeTable();
        RowKey key = WithdrawableKeys.of(table).orElseThrow(() -> new Refused(source.name()
                + " is withdrawn by whole file only (--file NAME); by key: " + keyedSources()));
        List<Object> values;
        try {
            values = KeyText.parse(source.name(), key, keyText);
        } catch (IllegalArgumentException e) {
            throw new Refused(e.getMessage());
        }
        List<String> keyValues = values.stream().map(String::valueOf).toList();
        try (DuckDbSession lake = DuckDbSession.open(work.folder().lake(), ModelCatalog.load(rules))) {
            List<KeyRows.FileRows> files = KeyRows.files(lake, table, key, values);
            if (files.isEmpty()) {
                List<String> near = KeyRows.alternatives(lake, table, key, values);
                String leading = String.join(" × ", keyValues.subList(0, keyValues.size() - 1));
                throw new Refused("no landed " + source.name() + " row has the key " + String.join(" × ", keyValues)
                        + "; " + (near.isEmpty() ? "nothing landed for " + leading
                        : key.labels().get(key.labels().size() - 1) + " landed for " + leading + ": "
                        + String.join(", ", near)));
            }
            List<KeyRows.FileRows> left = files.stream()
                    .filter(file -> inForce.stream().noneMatch(earlier -> takesOut(earlier, table, keyValues,
                            file.checksum())))
                    .toList();
            if (left.isEmpty()) {
                return new Decision(Optional.empty(), inForce.stream().filter(earlier -> files.stream()
                        .anyMatch(file -> takesOut(earlier, table, keyValues, file.checksum()))).toList());
            }
            return new Decision(Optional.of(Withdrawal.of(source.name(), table.name(),
                    left.stream().map(KeyRows.FileRows::fileName).toList(),
                    left.stream().map(KeyRows.FileRows::checksum).toList(), keyValues,
                    left.stream().mapToLong(KeyRows.FileRows::rows).sum(), why, who(), Instant.now())), List.of());
        }
    }

    /** Whether a withdrawal in force already takes out the rows of this key in this file. */
    private static boolean takesOut(Withdrawal earlier, LakeTable table, List<String> key, String checksum) {
        return earlier.lakeTable().equals(table.name()) && earlier.checksums().contains(checksum)
                && (earlier.wholeFile() || earlier.key().equals(key));
    }

    private boolean isNamed(ManifestEntry entry) {
        String landingPath = entry.landingPath();
        return fileName.equals(entry.fileName()) || fileName.equals(landingPath)
                || (landingPath != null && fileName.equals(landingPath.substring(landingPath.indexOf('/') + 1)))
                || (fileName.length() >= 12 && entry.checksum().startsWith(fileName));
    }

    private static String path(ManifestEntry entry) {
        return entry.landingPath() == null ? entry.fileName() : entry.landingPath();
    }

    private static String fileList(List<ManifestEntry> files) {
        if (files.isEmpty()) {
            return "none of its files has landed";
        }
        List<String> paths = files.stream().map(WithdrawCommand::path).sorted().toList();
        return "its landed files are: " + String.join(", ", paths.subList(0, Math.min(FILES_LISTED, paths.size())))
                + (paths.size() > FILES_LISTED ? " … and " + (paths.size() - FILES_LISTED)
                + " more (ingest_manifest lists each)" : "");
    }

    private static LocalDate today(Project rules) {
        return LocalDate.now(rules.settings().timeZone());
    }

    private static Optional<String> keyUsage(LandingSource source) {
        return WithdrawableKeys.of(source.lakeTable()).map(key -> KeyText.usage(source.name(), key));
    }

    private String keyedSources() {
        Project rules = project.project();
        return String.join(", ", LandingSources.all(rules, today(rules)).stream()
                .filter(source -> WithdrawableKeys.of(source.lakeTable()).isPresent())
                .map(source -> source.name() + " (" + String.join(",",
                        WithdrawableKeys.of(source.lakeTable()).orElseThrow().labels()) + ")")
                .toList());
    }

    private static String numbers(Withdrawals withdrawals) throws SQLException {
        List<Withdrawal> all = withdrawals.all();
        return all.isEmpty() ? "none was made yet"
                : "the withdrawals are #" + all.get(0).id() + "–#" + all.get(all.size() - 1).id();
    }

    private String requiredReason() {
        if (reason == null || reason.isBlank()) {
            throw new Refused("give --reason TEXT: why, in a few words (kept with the withdrawal for the audit "
                    + "trail)");
        }
        return reason.strip();
    }

    private IndicatorDatabase openDatabase() throws SQLException {
        if (!work.indicators().exists()) {
            throw new Refused("no indicator database at " + work.indicators() + ": nothing has landed there yet "
                    + "(give --work DIR or --indicator-db URL of the nightly runs)");
        }
        return work.indicators().open();
    }

    /** The OS user who ran the command: the audit trail's "who". */
    private static String who() {
        return System.getProperty("user.name");
    }

    private static void refuseWith(String mode, Object... others) {
        for (Object other : others) {
            if (other != null) {
                throw new Refused(mode + " takes no SOURCE, --file or --key" + ("--list".equals(mode)
                        ? ", --undo or --reason" : "") + "; see ebpm withdraw --help");
            }
        }
    }
}
