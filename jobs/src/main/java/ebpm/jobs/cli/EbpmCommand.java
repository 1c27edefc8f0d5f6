package ebpm.jobs.cli;

import ebpm.analytics.project.DefinitionException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top of the command line: lists the sub-commands. */
@Command(name = "ebpm", mixinStandardHelpOptions = true, version = "ebpm 0.1.0",
        description = "Evidence-based policy making pipeline: landing files -> Parquet lake -> indicators -> evidence.",
        subcommands = {InitCommand.class, NightlyCommand.class, ReprocessCommand.class, WithdrawCommand.class,
                EvidenceCommand.class,
                CatalogCommand.class, StatusCommand.class, DbCommand.class, GenerateSampleCommand.class},
        footer = {"", "Exit codes: 0 success, 1 failed (see the message; a failed nightly restarts where it stopped;",
                "a database whose schema is behind stops it before any step: run 'ebpm db migrate' as its owner),",
                "2 usage error or an error in the project's definitions, 3 another nightly run holds the work folder",
                "(nightly, reprocess, withdraw, db migrate), 4 the night completed but a data check of severity error",
                "failed: the indicators of that model kept their previous values (the summary names the check and",
                "offending rows)."})
public final class EbpmCommand implements Runnable {

    public static final int FAILED = 1;
    /** A usage error: a wrong option, or a wrong definition in the project. */
    public static final int USAGE = 2;
    public static final int BUSY = 3;
    /** The night completed, but a data check of severity error failed: some indicators kept their previous values. */
    public static final int CHECKS_FAILED = 4;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new EbpmCommand());
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            if (exception instanceof DefinitionException definition) {
                // The whole message: it names the file, the line and what to write instead.
                line.getErr().println("ebpm: the project has an error: " + definition.getMessage());
                return USAGE;
            }
            line.getErr().println("ebpm: " + oneLine(exception));
            return FAILED;
        });
        return commandLine;
    }

    static String oneLine(Throwable exception) {
        Throwable root = exception;
        String message = exception.getMessage();
        while (message == null && root.getCause() != null) {
            root = root.getCause();
            message = root.getMessage();
        }
        return (message == null ? root.getClass().getSimpleName() : message).lines().findFirst().orElse("");
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
