package ebpm.jobs.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ebpm db}: the databases' schemas, kept apart from the night so that its role needs no DDL. */
@Command(name = "db", mixinStandardHelpOptions = true,
        description = {"The schemas of the indicator database and the job repository.",
                "After upgrading ebpm, run 'ebpm db migrate' as the database owner before the next night."},
        subcommands = {DbMigrateCommand.class, DbStatusCommand.class})
final class DbCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
