package ebpm.analytics.indicatordb;

import ebpm.analytics.catalog.IndicatorDefinition;
import ebpm.analytics.catalog.Model;
import ebpm.analytics.engine.IndicatorValue;
import java.math.BigDecimal;
import java.math.MathContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The indicator database that scheduled consumers read: indicator definitions, current values, the history of
 * every value that changed. Writes are idempotent upserts: writing the same values again changes nothing.
 * The SQL is plain enough for DuckDB and PostgreSQL alike; the tables are the contract documented in the README, made
 * and changed only by the versioned migrations in {@code ebpm/indicatordb/migrations} ({@link SchemaMigration}).
 */
public final class IndicatorDatabase implements AutoCloseable {

    /** The schema version that added {@code value_status} (V4). */
    private static final int VALUE_STATUS_VERSION = 4;

    private static final String VALUE_KEY = "indicator_code, area_code, breakdown, period_type, period";
    /** What a value written again replaces of the stored one. */
    private static final String UPSERT_VALUE = " ON CONFLICT (" + VALUE_KEY + ") DO UPDATE SET value = "
            + "excluded.value, target = excluded.target, value_status = excluded.value_status, run_id = "
            + "excluded.run_id, computed_at = excluded.computed_at";
    /** 11 parameters a row: 500 rows stay far below PostgreSQL's 65,535 parameters a statement. */
    private static final int ROWS_PER_STATEMENT = 500;
    static final int SIGNIFICANT_DIGITS = 12;

    private final Connection connection;
    private IngestManifest manifest;

    /**
     * The database on a connection whose tables are there: {@link IndicatorStore#open()} brings them to the version
     * this ebpm needs first ({@link SchemaMigration}); a reader's connection takes them as a night left them.
     */
    public IndicatorDatabase(Connection connection) {
        this.connection = connection;
    }

    /** A database opened read-only, as readers open it: the tables are there (a night made them), nothing is created. */
    public static IndicatorDatabase readOnly(Connection connection) {
        return new IndicatorDatabase(connection);
    }

    public Connection connection() {
        return connection;
    }

    /** The manifest of this connection (one, so its prepared statements are closed with the database). */
    public IngestManifest manifest() {
        if (manifest == null) {
            manifest = new IngestManifest(connection);
        }
        return manifest;
    }

    /** The withdrawals the office made ({@code ebpm withdraw}), in force and undone. */
    public Withdrawals withdrawals() {
        return new Withdrawals(connection);
    }

    public void define(Model model) throws SQLException {
        IndicatorDefinition definition = model.indicator().orElseThrow();
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO indicator (code, name_ja, unit, period_type, higher_is_better, description, model)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (code) DO UPDATE SET name_ja = excluded.name_ja, unit = excluded.unit,
                  period_type = excluded.period_type, higher_is_better = excluded.higher_is_better,
                  description = excluded.description, model = excluded.model""")) {
            upsert.setString(1, definition.code());
            upsert.setString(2, definition.nameJa());
            upsert.setString(3, definition.unit());
            upsert.setString(4, definition.periodType());
            upsert.setBoolean(5, definition.higherIsBetter());
            upsert.setString(6, model.description());
            upsert.setString(7, model.name());
            upsert.executeUpdate();
        }
    }

    /**
     * Stores the values of one indicator; only values that are new or differ from the stored ones are written,
     * and each of those is also appended to the history. A value differs when its number, its target or its status
     * does: a preliminary figure (速報) confirmed as final (確報) with the same number is a change worth a history
     * row, since what was published about it changed. Values are kept to {@value #SIGNIFICANT_DIGITS}
     * significant digits: a parallel sum adds in a different order each run (and each engine), which changes the
     * last bits of a mean; without rounding, a re-run over the same inputs would "change" such values.
     *
     * <p>A value stored before ebpm kept the status (schema version 4) has none; the first night that computes the
     * same numbers for it fills its status in, without a history row: nothing published about it changed.
     *
     * @return how many values were new or changed
     */
    public int upsert(String indicatorCode, List<IndicatorValue> values, String runId, Instant computedAt)
            throws SQLException {
        Map<List<String>, IndicatorValue> stored = current(indicatorCode);
        List<IndicatorValue> rounded = values.stream().map(IndicatorDatabase::rounded).toList();
        List<IndicatorValue> changed = rounded.stream()
                .filter(value -> !sameNumbers(stored.get(key(value)), value)
                        || statusChanged(stored.get(key(value)), value))
                .toList();
        fillStatusStoredWithout(rounded.stream()
                .filter(value -> sameNumbers(stored.get(key(value)), value) && stored.get(key(value)).status() == null)
                .toList());
        if (changed.isEmpty()) {
            return 0;
        }
        OffsetDateTime at = OffsetDateTime.ofInstant(computedAt, ZoneOffset.UTC);
        writeValues(changed, runId, at);
        return changed.size();
    }

    /** Only a status stored and different counts: none stored means "before ebpm kept it", not another status. */
    private static boolean statusChanged(IndicatorValue stored, IndicatorValue fresh) {
        return stored != null && stored.status() != null && !stored.status().equals(fresh.status());
    }

    private void fillStatusStoredWithout(List<IndicatorValue> values) throws SQLException {
        if (values.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE indicator_value SET value_status = ? "
                + "WHERE indicator_code = ? AND area_code = ? AND breakdown = ? AND period_type = ? AND period = ?")) {
            for (IndicatorValue value : values) {
                update.setString(1, value.status());
                List<String> key = key(value);
                for (int i = 0; i < key.size(); i++) {
                    update.setString(i + 2, key.get(i));
                }
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /**
     * Takes out of {@code indicator_value} the stored values of an indicator whose keys the run no longer computed
     * (their rows withdrawn or gone, a changed seed that re-sections pages): a published figure never lingers
     * unseen. Each is recorded in the history as withdrawn, with no value, so "what did we publish then" stays
     * answerable.
     *
     * @param computed every key the run computed for the indicator
     * @return how many values were withdrawn
     */
    public int withdrawOthers(String indicatorCode, List<IndicatorValue> computed, String runId, Instant computedAt)
            throws SQLException {
        Set<List<String>> keys = computed.stream().map(IndicatorDatabase::key).collect(Collectors.toSet());
        List<IndicatorValue> gone = current(indicatorCode).values().stream()
                .filter(value -> !keys.contains(key(value)))
                .map(value -> new IndicatorValue(value.indicatorCode(), value.areaCode(), value.breakdown(),
                        value.periodType(), value.period(), null, null, null))
                .toList();
        OffsetDateTime at = OffsetDateTime.ofInstant(computedAt, ZoneOffset.UTC);
        for (IndicatorValue value : gone) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM indicator_value WHERE "
                    + "indicator_code = ? AND area_code = ? AND breakdown = ? AND period_type = ? AND period = ?")) {
                List<String> key = key(value);
                for (int i = 0; i < key.size(); i++) {
                    delete.setString(i + 1, key.get(i));
                }
                delete.executeUpdate();
            }
        }
        for (int from = 0; from < gone.size(); from += ROWS_PER_STATEMENT) {
            List<IndicatorValue> chunk = gone.subList(from, Math.min(gone.size(), from + ROWS_PER_STATEMENT));
            insertRows("INSERT INTO indicator_value_history (" + VALUE_KEY + ", value, target, value_status, run_id, "
                    + "recorded_at, withdrawn) VALUES ", chunk, runId, at, true, true, "");
        }
        return gone.size();
    }

    private void writeValues(List<IndicatorValue> changed, String runId, OffsetDateTime at) throws SQLException {
        if (connection.isWrapperFor(DuckDBConnection.class)) {
            writeValuesThroughStaging(changed, runId, at);
            return;
        }
        // Many rows per statement: a statement per value costs milliseconds each, which adds up to seconds for
        // indicators with thousands of values (per municipality × year × project).
        for (int from = 0; from < changed.size(); from += ROWS_PER_STATEMENT) {
            List<IndicatorValue> chunk = changed.subList(from, Math.min(changed.size(), from + ROWS_PER_STATEMENT));
            insertRows("INSERT INTO indicator_value (" + VALUE_KEY + ", value, target, value_status, run_id, "
                    + "computed_at) VALUES ", chunk, runId, at, false, false, UPSERT_VALUE);
            insertRows("INSERT INTO indicator_value_history (" + VALUE_KEY + ", value, target, value_status, run_id, "
                    + "recorded_at, withdrawn) VALUES ", chunk, runId, at, true, false, "");
        }
    }

    /**
     * DuckDB: the values go through its appender into a temporary table, then into both tables with one statement
     * each. Preparing a statement of thousands of parameters cost DuckDB about a second for the sample's 3,606
     * values; appending them costs milliseconds.
     */
    private void writeValuesThroughStaging(List<IndicatorValue> changed, String runId, OffsetDateTime at)
            throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE OR REPLACE TEMP TABLE staged_value (indicator_code VARCHAR, area_code VARCHAR, "
                    + "breakdown VARCHAR, period_type VARCHAR, period VARCHAR, value DOUBLE, target DOUBLE, "
                    + "value_status VARCHAR)");
            try (DuckDBAppender appender = connection.unwrap(DuckDBConnection.class)
                    .createAppender("temp", DuckDBConnection.DEFAULT_SCHEMA, "staged_value")) {
                for (IndicatorValue value : changed) {
                    appender.beginRow();
                    appender.append(value.indicatorCode()).append(value.areaCode()).append(value.breakdown())
                            .append(value.periodType()).append(value.period()).append(value.value())
                            .append(value.target()).append(value.status());
                    appender.endRow();
                }
            }
            String staged = " SELECT " + VALUE_KEY + ", value, target, value_status, ?, ?";
            try (PreparedStatement current = connection.prepareStatement("INSERT INTO indicator_value (" + VALUE_KEY
                    + ", value, target, value_status, run_id, computed_at)" + staged + " FROM staged_value"
                    + UPSERT_VALUE);
                 PreparedStatement history = connection.prepareStatement("INSERT INTO indicator_value_history ("
                         + VALUE_KEY + ", value, target, value_status, run_id, recorded_at, withdrawn)" + staged
                         + ", false FROM staged_value")) {
                for (PreparedStatement insert : List.of(current, history)) {
                    insert.setString(1, runId);
                    insert.setObject(2, at);
                    insert.executeUpdate();
                }
            }
            statement.execute("DROP TABLE staged_value");
        }
    }

    /**
     * The highest run number any run stamped here ({@code <as-of>#<number>}), or 0: the job repository's count
     * starts again at 1 when it is recreated, and run ids stamped on values and manifest entries must stay unique.
     */
    public long lastRunNumber() throws SQLException {
        String numbers = "SELECT CAST(split_part(run_id, '#', 2) AS BIGINT) AS run_number FROM %s WHERE run_id LIKE '%%#%%'";
        try (Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("SELECT coalesce(max(run_number), 0) FROM ("
                     + numbers.formatted("ingest_manifest") + " UNION ALL "
                     + numbers.formatted("indicator_value_history") + ") AS stamped")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    public Map<List<String>, IndicatorValue> current(String indicatorCode) throws SQLException {
        Map<List<String>, IndicatorValue> values = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT " + VALUE_KEY + ", value, target, value_status FROM indicator_value WHERE indicator_code = ?")) {
            query.setString(1, indicatorCode);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    IndicatorValue value = new IndicatorValue(rows.getString(1), rows.getString(2),
                            rows.getString(3), rows.getString(4), rows.getString(5), nullable(rows, 6),
                            nullable(rows, 7), rows.getString(8));
                    values.put(key(value), value);
                }
            }
        }
        return values;
    }

    /**
     * Creates, in a DuckDB session, the empty tables evidence SQL reads from the indicator database:
     * {@code indicator_value} (the current values, with their status: {@code 速報}, {@code 確報}, {@code 計算}, or NULL
     * for a value stored before ebpm kept it) and {@code indicator} (the definitions), with the columns evidence SQL
     * may name. {@code ebpm catalog --check} prepares evidence SQL against them.
     */
    public static void createEvidenceTables(Connection duckDb) throws SQLException {
        try (Statement create = duckDb.createStatement()) {
            create.execute("CREATE OR REPLACE TABLE indicator_value (indicator_code VARCHAR, area_code VARCHAR, "
                    + "breakdown VARCHAR, period_type VARCHAR, period VARCHAR, value DOUBLE, target DOUBLE, "
                    + "run_id VARCHAR, computed_at TIMESTAMP WITH TIME ZONE, value_status VARCHAR)");
            create.execute("CREATE OR REPLACE TABLE indicator (code VARCHAR, name_ja VARCHAR, unit VARCHAR, "
                    + "period_type VARCHAR, higher_is_better BOOLEAN, description VARCHAR, model VARCHAR)");
        }
    }

    /**
     * Copies the current values into a table {@code indicator_value} of a DuckDB session, and the definitions into
     * a table {@code indicator}, so that evidence SQL can join them with the lake's views whichever database holds
     * them.
     *
     * @return how many values were copied
     */
    public int copyCurrentValuesInto(Connection duckDb) throws SQLException {
        createEvidenceTables(duckDb);
        int copied = 0;
        // A reader may meet a database at an older schema (upgraded before its first night, or a night that failed
        // before publishing, or PostgreSQL before ebpm db migrate): it reads no status there rather than failing.
        String status = SchemaMigration.versionOf(connection) >= VALUE_STATUS_VERSION ? "value_status"
                : "CAST(NULL AS VARCHAR) AS value_status";
        try (Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("SELECT " + VALUE_KEY
                     + ", value, target, run_id, computed_at, " + status + " FROM indicator_value");
             DuckDBAppender appender = duckDb.unwrap(DuckDBConnection.class)
                     .createAppender(DuckDBConnection.DEFAULT_SCHEMA, "indicator_value")) {
            while (rows.next()) {
                appender.beginRow();
                for (int column = 1; column <= 5; column++) {
                    appender.append(rows.getString(column));
                }
                appender.append(nullable(rows, 6)).append(nullable(rows, 7)).append(rows.getString(8))
                        .append(rows.getObject(9, OffsetDateTime.class)).append(rows.getString(10));
                appender.endRow();
                copied++;
            }
        }
        copyDefinitionsInto(duckDb);
        return copied;
    }

    /** A few dozen rows: plain inserts. */
    private void copyDefinitionsInto(Connection duckDb) throws SQLException {
        try (Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("SELECT code, name_ja, unit, period_type, higher_is_better, "
                     + "description, model FROM indicator");
             PreparedStatement insert = duckDb.prepareStatement(
                     "INSERT INTO indicator VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            while (rows.next()) {
                for (int column = 1; column <= 7; column++) {
                    insert.setObject(column, column == 5 ? (Object) rows.getBoolean(column) : rows.getString(column));
                }
                insert.executeUpdate();
            }
        }
    }

    @Override
    public void close() throws SQLException {
        if (manifest != null) {
            manifest.close();
        }
        connection.close();
    }

    /** @param withdrawn the history's flag, written as an eleventh value; only where {@code history} */
    private void insertRows(String insert, List<IndicatorValue> rows, String runId, OffsetDateTime at,
                            boolean history, boolean withdrawn, String suffix) throws SQLException {
        String row = history ? "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" : "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        String sql = insert + String.join(", ", java.util.Collections.nCopies(rows.size(), row)) + suffix;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int index = 0;
            for (IndicatorValue value : rows) {
                statement.setString(++index, value.indicatorCode());
                statement.setString(++index, value.areaCode());
                statement.setString(++index, value.breakdown());
                statement.setString(++index, value.periodType());
                statement.setString(++index, value.period());
                statement.setObject(++index, value.value(), java.sql.Types.DOUBLE);
                statement.setObject(++index, value.target(), java.sql.Types.DOUBLE);
                statement.setString(++index, value.status());
                statement.setString(++index, runId);
                statement.setObject(++index, at);
                if (history) {
                    statement.setBoolean(++index, withdrawn);
                }
            }
            statement.executeUpdate();
        }
    }

    private static IndicatorValue rounded(IndicatorValue value) {
        return new IndicatorValue(value.indicatorCode(), value.areaCode(), value.breakdown(), value.periodType(),
                value.period(), rounded(value.value()), rounded(value.target()), value.status());
    }

    static Double rounded(Double number) {
        if (number == null || number.isNaN() || number.isInfinite()) {
            return number;
        }
        return new BigDecimal(number).round(new MathContext(SIGNIFICANT_DIGITS)).doubleValue();
    }

    private static List<String> key(IndicatorValue value) {
        return List.of(value.indicatorCode(), value.areaCode(), value.breakdown(), value.periodType(),
                value.period());
    }

    private static boolean sameNumbers(IndicatorValue stored, IndicatorValue fresh) {
        return stored != null && Objects.equals(stored.value(), fresh.value())
                && Objects.equals(stored.target(), fresh.target());
    }

    private static Double nullable(ResultSet rows, int column) throws SQLException {
        double value = rows.getDouble(column);
        return rows.wasNull() ? null : value;
    }
}
