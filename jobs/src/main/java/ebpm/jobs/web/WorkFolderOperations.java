package ebpm.jobs.web;

import ebpm.analytics.indicatordb.IndicatorDatabase;
import ebpm.analytics.indicatordb.IndicatorStore;
import ebpm.analytics.indicatordb.ManifestEntry;
import ebpm.analytics.project.Project;
import ebpm.jobs.WorkFolder;
import ebpm.jobs.nightly.RunLock;
import ebpm.jobs.nightly.RunReportFile;
import ebpm.jobs.status.Freshness;
import ebpm.web.operations.OperationsSource;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * The nights of one work folder for operators, read as {@code ebpm status} reads them during a night: the report
 * files the night rewrites after every step (never the job repository, which a night holds), the run lock, and the
 * freshness from the published indicator database opened read-only.
 */
public final class WorkFolderOperations implements OperationsSource {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final WorkFolder work;
    private final IndicatorStore indicators;
    private final Project project;

    public WorkFolderOperations(WorkFolder work, IndicatorStore indicators, Project project) {
        this.work = work;
        this.indicators = indicators;
        this.project = project;
    }

    /** The kept reports; a work folder of an ebpm that kept none shows its last night's. */
    @Override
    public List<String> lastNightReports(int count) throws IOException {
        List<String> kept = RunReportFile.lastRuns(work, count);
        return kept.isEmpty() ? RunReportFile.read(work.runReport()).stream().toList() : kept;
    }

    @Override
    public Optional<String> nightRunning() throws IOException {
        return RunLock.holder(work.runLock());
    }

    @Override
    public List<SourceFreshness> freshness() throws SQLException {
        List<ManifestEntry> manifest = List.of();
        if (indicators.exists()) {
            try (IndicatorDatabase database = indicators.openReadOnly()) {
                manifest = database.manifest().entries();
            }
        }
        return Freshness.of(project, manifest, work.lake(), Instant.now()).stream()
                .map(source -> new SourceFreshness(source.source(), source.lastFile(),
                        source.lastTakenAt() == null ? null
                                : SHOWN.format(source.lastTakenAt().atZone(project.settings().timeZone())),
                        source.latestPeriod(), source.expectedDays(), source.overdue()))
                .toList();
    }

    @Override
    public Path rejects() {
        return work.rejects();
    }
}
