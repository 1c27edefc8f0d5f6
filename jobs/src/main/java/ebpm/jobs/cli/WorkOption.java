package ebpm.jobs.cli;

import ebpm.jobs.WorkFolder;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --work} option every sub-command that reads a run's output shares. */
final class WorkOption {

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "ebpm-data",
            description = "work folder: lake, indicator database, evidence, rejects, job repository (default: ${DEFAULT-VALUE})")
    Path work;

    WorkFolder folder() {
        return new WorkFolder(work);
    }
}
