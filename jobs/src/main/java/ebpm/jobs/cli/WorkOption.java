package ebpm.jobs.cli;

import ebpm.analytics.indicatordb.IndicatorStore;
import ebpm.jobs.WorkFolder;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every sub-command that reads a run's output shares: the work folder and the indicator database. */
final class WorkOption {

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "ebpm-data",
            description = "work folder: lake, indicator database, evidence, rejects, job repository (default: ${DEFAULT-VALUE})")
    Path work;

    @Option(names = "--indicator-db", paramLabel = "URL", defaultValue = "${env:EBPM_INDICATOR_DB}",
            description = {"indicator database: jdbc:postgresql://HOST:PORT/DB, with the user and password in "
                    + "EBPM_DB_USER and EBPM_DB_PASSWORD, or jdbc:duckdb:FILE",
                    "(default: $EBPM_INDICATOR_DB, else <work>/indicators.duckdb)"})
    String indicatorDb;

    WorkFolder folder() {
        return new WorkFolder(work);
    }

    IndicatorStore indicators() {
        return indicatorDb == null || indicatorDb.isBlank()
                ? IndicatorStore.duckDbFile(folder().indicatorDatabase())
                : IndicatorStore.of(indicatorDb, System.getenv());
    }
}
