package ebpm.jobs.cli;

import ebpm.analytics.project.DefinitionException;
import ebpm.jobs.nightly.FailureCause;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine;

/** The top of the command line: lists the sub-commands. */
@Command(name = "ebpm", mixinStandardHelpOptions = true, version = "ebpm 0.1.0",
        description = "Evidence-based policy making pipeline: landing files -> Parquet lake -> indicators -> evidence.",
        subcommands = {InitCommand.class, NightlyCommand.class, ReprocessCommand.class, WithdrawCommand.class,
                EvidenceCommand.class,
                CatalogCommand.class, StatusCommand.class, DbCommand.class, GenerateSampleCommand.class,
                ServeCommand.class, UsersCommand.class},
        footer = {"", "Exit codes:",
                "  0  success",
                "  1  failed: the message says why and what to do; a failed nightly restarts",
                "     where it stopped (a database schema behind this ebpm stops it before any",
                "     step: run 'ebpm db migrate' as the database owner)",
                "  2  a usage error, or an error in the project's definitions (serve: a bind",
                "     address beyond this machine without --users)",
                "  3  another nightly run holds the work folder (nightly, reprocess, withdraw,",
                "     db migrate): nothing was done",
                "  4  the night completed, but a data check of severity error failed: that",
                "     model's indicators kept their previous values (the summary names the",
                "     check and offending rows)",
                "Add --debug anywhere for the stack trace of a failure."})
public final class EbpmCommand implements Runnable {

    public static final int FAILED = 1;
    /** A usage error: a wrong option, or a wrong definition in the project. */
    public static final int USAGE = 2;
    public static final int BUSY = 3;
    /** The night completed, but a data check of severity error failed: some indicators kept their previous values. */
    public static final int CHECKS_FAILED = 4;

    private boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static CommandLine commandLine() {
        EbpmCommand top = new EbpmCommand();
        CommandLine commandLine = new CommandLine(top);
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            if (exception instanceof DefinitionException definition) {
                // The whole message: it names the file, the line and what to write instead.
                line.getErr().println("ebpm: the project has an error: " + definition.getMessage());
                return USAGE;
            }
            line.getErr().println("ebpm: " + FailureCause.of(exception));
            if (top.debug) {
                exception.printStackTrace(line.getErr());
            }
            return FAILED;
        });
        return commandLine;
    }

    /**
     * {@code --debug}, given anywhere on the command line: the log at debug level, with the stack trace of a
     * failure. Set as a system property before Spring starts, so its logging picks it up.
     */
    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "log at debug level and print the stack trace of a failure (for a bug report)")
    void debug(boolean on) {
        debug = on;
        if (on) {
            System.setProperty("logging.level.ebpm", "DEBUG");
            // What application.properties silences for operators: Spring's own stack traces of a failed step.
            System.setProperty("logging.level.org.springframework.batch", "INFO");
            System.setProperty("logging.level.org.springframework.transaction", "INFO");
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
