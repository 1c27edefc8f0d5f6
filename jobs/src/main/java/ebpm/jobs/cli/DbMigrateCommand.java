package ebpm.jobs.cli;

import ebpm.jobs.DatabaseSchemas;
import ebpm.jobs.Storage;
import ebpm.jobs.nightly.RunLock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code ebpm db migrate}: creates and upgrades the tables of both databases, run as the database owner, so that the
 * night's role needs only SELECT, INSERT, UPDATE and DELETE (and the sequences).
 */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = {"Create or upgrade the tables of the indicator database (versioned, recorded in its table "
                + "schema_version) and the Spring Batch tables of the job repository. Run it as the database owner "
                + "(EBPM_DB_USER) after installing or upgrading ebpm; running it again changes nothing.",
                "On the default DuckDB file and H2 job repository the night does this itself."})
final class DbMigrateCommand implements Callable<Integer> {

    @Mixin
    WorkOption work;

    @Mixin
    JobRepositoryOption jobRepository;

    @Override
    public Integer call() throws Exception {
        Storage storage = jobRepository.storage(work);
        // The DuckDB file is the night's: wait for a running night, as withdraw and reprocess do.
        try (RunLock lock = storage.indicators().isDuckDb() ? RunLock.acquire(work.folder().runLock()) : null) {
            DatabaseSchemas.migrate(storage).forEach(System.out::println);
            return 0;
        } catch (RunLock.HeldElsewhereException busy) {
            System.err.println("ebpm: " + busy.getMessage());
            return EbpmCommand.BUSY;
        }
    }
}
