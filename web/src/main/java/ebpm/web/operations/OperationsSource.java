package ebpm.web.operations;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** What operators read about the nights: implemented in jobs with what {@code ebpm status} reads. */
public interface OperationsSource {

    /**
     * The reports of the last nights, the newest first (steps, counts, failure cause, data checks): the one running
     * now as it went so far.
     */
    List<String> lastNightReports(int count) throws Exception;

    /** Who holds the work folder now (a night, ebpm reprocess or withdraw), if anyone. */
    Optional<String> nightRunning() throws Exception;

    /** Per landing source: the last file taken, the latest period and whether it is overdue. */
    List<SourceFreshness> freshness() throws Exception;

    /** The folder of rejected rows: {@code <source>/<file>.csv}, each row with its file, line and reason. */
    Path rejects();

    /**
     * @param lastTakenAt when the newest file arrived, as the office reads it (e.g. 2026-11-21 02:31), or empty
     * @param expectedDays days after which the source is overdue, or null when the project expects nothing
     */
    record SourceFreshness(String source, String lastFile, String lastTakenAt, String latestPeriod,
                           Integer expectedDays, boolean overdue) {
    }
}
