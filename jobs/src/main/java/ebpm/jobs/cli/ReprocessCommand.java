package ebpm.jobs.cli;

import ebpm.analytics.indicatordb.IndicatorDatabase;
import ebpm.jobs.LandingSources;
import ebpm.jobs.landing.ChecksumCache;
import ebpm.jobs.landing.FileOutcome;
import ebpm.jobs.landing.LandingFiles;
import ebpm.jobs.landing.LandingIngest;
import ebpm.jobs.landing.LandingSource;
import ebpm.jobs.nightly.RunLock;
import ebpm.analytics.project.Project;
import java.nio.file.Files;
import java.time.LocalDate;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ebpm reprocess SOURCE [--file NAME]}: reads a source's landing files again now, under today's rules,
 * replacing what their earlier reads put in the lake and the rejects. Plain Java, no Spring: it runs the same
 * {@link LandingIngest} as the nightly ingest step, under the same {@link RunLock}.
 */
@Command(name = "reprocess", mixinStandardHelpOptions = true,
        description = {"Read the landing files of a source again under today's rules (e.g. after a reference table "
                + "changed), replacing their rows in the lake; running it twice changes nothing the second time.",
                "The indicators and the evidence pack follow on the next 'ebpm nightly'."})
final class ReprocessCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SOURCE", completionCandidates = SourceNames.class,
            description = "landing source: ${COMPLETION-CANDIDATES}")
    String sourceName;

    @Option(names = "--file", paramLabel = "NAME",
            description = "only this file: its name, its path in the source's folder (inbound/x.csv) or in the "
                    + "landing folder (tourism-pv/inbound/x.csv)")
    String fileName;

    @Option(names = "--landing", paramLabel = "DIR", defaultValue = "${env:EBPM_LANDING:-sample-data/landing}",
            description = "landing zone with one folder per source (default: ${DEFAULT-VALUE})")
    Path landing;

    @Mixin
    WorkOption work;

    @Mixin
    ProjectOption project;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Project rules = project.project();
        LandingSource source = LandingSources.named(sourceName, rules, LocalDate.now(rules.settings().timeZone()))
                .orElseThrow(() -> new CommandLine.ParameterException(
                spec.commandLine(), "ebpm: unknown source '" + sourceName + "'; the sources are "
                + String.join(", ", LandingSources.names())));
        if (!Files.isDirectory(landing)) {
            System.err.println("ebpm: landing folder " + landing.toAbsolutePath() + " does not exist; give --landing DIR");
            return EbpmCommand.FAILED;
        }
        List<Path> all = LandingFiles.of(landing, source.name());
        List<Path> files = fileName == null ? all : all.stream().filter(this::isNamed).toList();
        if (fileName != null && files.isEmpty()) {
            System.err.println("ebpm: " + source.name() + " has no file '" + fileName + "'; its files are: "
                    + landingPaths(all));
            return EbpmCommand.USAGE;
        }
        if (files.size() > 1 && fileName != null) {
            System.err.println("ebpm: '" + fileName + "' is the name of " + files.size() + " files of " + source.name()
                    + "; give the one meant by its path: " + landingPaths(files));
            return EbpmCommand.USAGE;
        }
        try (RunLock lock = RunLock.acquire(work.folder().runLock());
             IndicatorDatabase database = work.indicators().open()) {
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            LandingIngest ingest = new LandingIngest(source, landing, work.folder().lake(), work.folder().rejects(),
                    database.manifest(), "reprocess@" + now, now,
                    ChecksumCache.load(work.folder().landingChecksums()));
            List<FileOutcome> outcomes = ingest.reprocess(files, rows -> { });
            outcomes.forEach(outcome -> System.out.println(outcome.summary()));
            System.out.printf("%s: %d file(s) read again into %s; the indicators and the evidence pack change on "
                    + "the next 'ebpm nightly'%n", source.name(), outcomes.size(), work.folder().lake());
            return 0;
        } catch (RunLock.HeldElsewhereException busy) {
            System.err.println("ebpm: " + busy.getMessage());
            return EbpmCommand.BUSY;
        }
    }

    private boolean isNamed(Path file) {
        String landingPath = LandingFiles.landingPath(landing, file);
        return fileName.equals(file.getFileName().toString()) || fileName.equals(landingPath)
                || fileName.equals(landingPath.substring(sourceName.length() + 1));
    }

    private String landingPaths(List<Path> files) {
        return files.isEmpty() ? "none (" + landing.resolve(sourceName) + " is empty or missing)"
                : String.join(", ", files.stream().map(file -> LandingFiles.landingPath(landing, file)).toList());
    }

    /** The source names, for the help text and shell completion. */
    static final class SourceNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return LandingSources.names().iterator();
        }
    }
}
