package ebpm.analytics.indicatordb;

import java.util.Map;

/** The indicator database on a real PostgreSQL server, a fresh database per test. */
class PostgresIndicatorDatabaseTest extends IndicatorDatabaseContract {

    @Override
    IndicatorStore newStore() throws Exception {
        return IndicatorStore.of(TestPostgres.newDatabaseUrl(), Map.of());
    }
}
