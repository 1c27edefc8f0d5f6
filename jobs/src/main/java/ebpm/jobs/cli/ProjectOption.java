package ebpm.jobs.cli;

import ebpm.analytics.project.Project;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The {@code --project} option every sub-command shares: the office's project folder, or the built-in project. */
final class ProjectOption {

    @Option(names = "--project", paramLabel = "DIR", defaultValue = "${env:EBPM_PROJECT}",
            description = {"the office's project folder: models, evidence tables, seeds, ebpm_project.yml "
                    + "(ebpm init DIR writes one)",
                    "(default: $EBPM_PROJECT, else the built-in project)"})
    String folder;

    Optional<Path> folder() {
        return folder == null || folder.isBlank() ? Optional.empty() : Optional.of(Path.of(folder.strip()));
    }

    /** Read once per command: a command asks for it in several places, and it reads every file of the project. */
    private Project read;

    /** Reads the project; a wrong definition fails here, before anything runs. */
    Project project() {
        if (read == null) {
            read = Project.select(folder());
        }
        return read;
    }
}
