package ebpm.jobs.cli;

import ebpm.analytics.indicatordb.IndicatorDatabase;
import ebpm.analytics.indicatordb.SchemaMigration;
import ebpm.jobs.JobRepositorySchema;
import ebpm.jobs.Storage;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code ebpm db status}: the schema version of each database, against what this ebpm needs; changes nothing. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show the schema version of the indicator database and whether the job repository has its "
                + "tables, against what this ebpm needs (read-only).")
final class DbStatusCommand implements Callable<Integer> {

    @Mixin
    WorkOption work;

    @Mixin
    JobRepositoryOption jobRepository;

    @Override
    public Integer call() throws Exception {
        Storage storage = jobRepository.storage(work);
        System.out.println("indicator database " + storage.indicators() + ": " + indicatorSchema(storage));
        if (storage.jobRepositoryEmbedded()) {
            System.out.println("job repository (H2 in the work folder): the night makes its tables itself");
        } else {
            System.out.println("job repository " + storage.jobRepositoryUrl() + ": "
                    + (new JobRepositorySchema(storage.jobRepositoryUrl()).present() ? "the Spring Batch tables are there"
                    : "no Spring Batch tables: run 'ebpm db migrate' as the database owner"));
        }
        return 0;
    }

    private static String indicatorSchema(Storage storage) throws Exception {
        if (storage.indicators().isDuckDb() && !storage.indicators().exists()) {
            return "none yet (the first night, or 'ebpm db migrate', makes it)";
        }
        try (IndicatorDatabase database = storage.indicators().openReadOnly()) {
            int at = SchemaMigration.versionOf(database.connection());
            int needed = SchemaMigration.needed(database.connection());
            return at == needed ? "at schema version " + at + ", as this ebpm needs"
                    : "at schema version " + at + ", this ebpm needs " + needed
                    + (at < needed ? ": run 'ebpm db migrate' as the database owner" : ": run a newer ebpm");
        }
    }
}
