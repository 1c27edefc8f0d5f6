package ebpm.jobs;

import ebpm.analytics.indicatordb.SchemaMigration;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The schemas of the two databases a night writes, the indicator database and the job repository, brought to what
 * this ebpm needs: by {@code ebpm db migrate} as the database owner, or before a night whose role may.
 */
public final class DatabaseSchemas {

    private DatabaseSchemas() {
    }

    /**
     * {@code ebpm db migrate}: applies what each database lacks.
     *
     * @return one line per database saying what was done
     */
    public static List<String> migrate(Storage storage) throws SQLException {
        List<String> done = new ArrayList<>();
        done.add("indicator database " + storage.indicators() + ": " + storage.indicators().migrate().describe());
        if (storage.jobRepositoryEmbedded()) {
            done.add("job repository (H2 in the work folder): the night makes its tables itself");
        } else {
            boolean made = new JobRepositorySchema(storage.jobRepositoryUrl()).create();
            done.add("job repository " + storage.jobRepositoryUrl() + ": "
                    + (made ? "created the Spring Batch tables" : "the Spring Batch tables are there"));
        }
        return done;
    }

    /**
     * Before a night's first step, on PostgreSQL: a database at the schema this ebpm needs is left as it is (no
     * DDL, so the night's role needs none); one behind is migrated if the role may (the owner's), else the night
     * stops here with one line saying to run {@code ebpm db migrate} as the owner. On DuckDB and H2 nothing: those
     * files are the night's own, and its first step brings them up to date (the DuckDB file in the night's private
     * copy, never the file readers have open).
     *
     * @return a line for each database that was migrated; none when both were up to date
     */
    public static List<String> beforeTheNight(Storage storage) throws SQLException {
        List<String> done = new ArrayList<>();
        if (!storage.indicators().isDuckDb()) {
            SchemaMigration.Result indicators = storage.indicators().upToDate();
            if (!indicators.applied().isEmpty()) {
                done.add("indicator database " + storage.indicators() + ": " + indicators.describe());
            }
        }
        if (!storage.jobRepositoryEmbedded() && new JobRepositorySchema(storage.jobRepositoryUrl()).create()) {
            done.add("job repository " + storage.jobRepositoryUrl() + ": created the Spring Batch tables");
        }
        return done;
    }
}
