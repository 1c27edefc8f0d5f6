package ebpm.jobs;

import ebpm.jobs.cli.EbpmCommand;
import picocli.CommandLine;

/** The {@code ebpm} command: parses the command line and exits with the sub-command's code. */
public final class EbpmApplication {

    private EbpmApplication() {
    }

    public static void main(String[] args) {
        System.exit(EbpmCommand.commandLine().execute(args));
    }
}
