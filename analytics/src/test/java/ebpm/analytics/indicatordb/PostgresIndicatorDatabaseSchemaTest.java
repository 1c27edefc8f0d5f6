package ebpm.analytics.indicatordb;

import java.util.Map;

/** Schema versions on a real PostgreSQL server, a fresh database per test. */
class PostgresIndicatorDatabaseSchemaTest extends IndicatorDatabaseSchemaContract {

    @Override
    IndicatorStore newStore() throws Exception {
        return IndicatorStore.of(TestPostgres.newDatabaseUrl(), Map.of());
    }
}
