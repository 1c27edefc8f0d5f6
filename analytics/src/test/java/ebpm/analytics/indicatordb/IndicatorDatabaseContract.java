package ebpm.analytics.indicatordb;

import static org.assertj.core.api.Assertions.assertThat;

import ebpm.analytics.catalog.ModelCatalog;
import ebpm.analytics.engine.IndicatorValue;
import ebpm.analytics.withdrawal.Withdrawal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the indicator database promises on every store it runs on: idempotent upserts with a history of every
 * published value, and an ingest manifest that remembers where and under which rules a file was read. Each store
 * has a test class that says how to open it.
 */
abstract class IndicatorDatabaseContract {

    private static final String RATE = "measure_achievement_rate";
    private static final Instant FIRST_NIGHT = Instant.parse("2021-07-01T17:00:00Z");
    private static final Instant SECOND_NIGHT = Instant.parse("2021-07-02T17:00:00Z");
    private static final String CHECKSUM = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private IndicatorStore store;
    private IndicatorDatabase database;

    /** A new, empty store for one test. */
    abstract IndicatorStore newStore() throws Exception;

    @BeforeEach
    void open() throws Exception {
        store = newStore();
        database = store.open();
    }

    @AfterEach
    void close() throws SQLException {
        database.close();
    }

    @Test
    void newValuesAreStoredAndRecordedInTheHistory() throws SQLException {
        int changed = database.upsert(RATE, List.of(rate("全体", "2020", 75.3), rate("Ⅰ", "2020", 80.0)),
                "run-1", FIRST_NIGHT);

        assertThat(changed).isEqualTo(2);
        assertThat(database.current(RATE)).isEqualTo(Map.of(
                List.of(RATE, "140007", "全体", "FY", "2020"), rate("全体", "2020", 75.3),
                List.of(RATE, "140007", "Ⅰ", "FY", "2020"), rate("Ⅰ", "2020", 80.0)));
        assertThat(rows("SELECT breakdown, value, run_id, computed_at FROM indicator_value ORDER BY breakdown"))
                .containsExactly(
                        List.of("Ⅰ", 80.0, "run-1", FIRST_NIGHT),
                        List.of("全体", 75.3, "run-1", FIRST_NIGHT));
        assertThat(rows("SELECT breakdown, value, run_id FROM indicator_value_history ORDER BY breakdown"))
                .containsExactly(List.of("Ⅰ", 80.0, "run-1"), List.of("全体", 75.3, "run-1"));
    }

    @Test
    void writingTheSameValuesAgainChangesNothing() throws SQLException {
        List<IndicatorValue> values = List.of(rate("全体", "2020", 75.3), rate("Ⅰ", "2020", 80.0));
        database.upsert(RATE, values, "run-1", FIRST_NIGHT);

        int changed = database.upsert(RATE, values, "run-2", SECOND_NIGHT);

        assertThat(changed).isZero();
        assertThat(rows("SELECT DISTINCT run_id FROM indicator_value")).containsExactly(List.of("run-1"));
        assertThat(rows("SELECT count(*) FROM indicator_value_history")).containsExactly(List.of(2L));
    }

    @Test
    void changedValueReplacesTheCurrentOneAndTheHistoryKeepsBoth() throws SQLException {
        database.upsert(RATE, List.of(rate("全体", "2020", 75.3), rate("Ⅰ", "2020", 80.0)), "run-1", FIRST_NIGHT);

        // A corrected sheet lands: only the overall rate differs.
        int changed = database.upsert(RATE, List.of(rate("全体", "2020", 76.7), rate("Ⅰ", "2020", 80.0)),
                "run-2", SECOND_NIGHT);

        assertThat(changed).isEqualTo(1);
        assertThat(database.current(RATE).get(List.of(RATE, "140007", "全体", "FY", "2020")))
                .isEqualTo(rate("全体", "2020", 76.7));
        assertThat(rows("SELECT breakdown, value, run_id, computed_at FROM indicator_value ORDER BY breakdown"))
                .containsExactly(
                        List.of("Ⅰ", 80.0, "run-1", FIRST_NIGHT),
                        List.of("全体", 76.7, "run-2", SECOND_NIGHT));
        // What did we publish before for this key?
        assertThat(rows("""
                SELECT value, run_id, recorded_at FROM indicator_value_history
                WHERE indicator_code = 'measure_achievement_rate' AND area_code = '140007' AND breakdown = '全体'
                  AND period_type = 'FY' AND period = '2020'
                ORDER BY recorded_at"""))
                .containsExactly(
                        List.of(75.3, "run-1", FIRST_NIGHT),
                        List.of(76.7, "run-2", SECOND_NIGHT));
        assertThat(rows("SELECT count(*) FROM indicator_value_history WHERE breakdown = 'Ⅰ'"))
                .containsExactly(List.of(1L));
    }

    @Test
    void aTargetSetLaterIsAChangeAndANullValueIsStored() throws SQLException {
        database.upsert(RATE, List.of(rate("全体", "2020", null)), "run-1", FIRST_NIGHT);

        assertThat(database.current(RATE).values()).containsExactly(rate("全体", "2020", null));
        assertThat(database.upsert(RATE, List.of(rate("全体", "2020", null)), "run-2", SECOND_NIGHT)).isZero();

        IndicatorValue withTarget = new IndicatorValue(RATE, "140007", "全体", "FY", "2020", null, 80.0);
        assertThat(database.upsert(RATE, List.of(withTarget), "run-3", SECOND_NIGHT)).isEqualTo(1);
        assertThat(database.current(RATE).values()).containsExactly(withTarget);
    }

    @Test
    void everyValueSaysWhetherItIsPreliminaryFinalOrComputed() throws SQLException {
        database.upsert(RATE, List.of(rate("全体", "2020", 75.3), published("全体", "2019", 81.6, "速報")),
                "run-1", FIRST_NIGHT);

        assertThat(rows("SELECT period, value_status FROM indicator_value ORDER BY period"))
                .containsExactly(List.of("2019", "速報"), List.of("2020", "計算"));
        assertThat(rows("SELECT period, value_status FROM indicator_value_history ORDER BY period"))
                .containsExactly(List.of("2019", "速報"), List.of("2020", "計算"));
        assertThat(database.current(RATE).get(List.of(RATE, "140007", "全体", "FY", "2019")))
                .isEqualTo(published("全体", "2019", 81.6, "速報"));
    }

    @Test
    void aPreliminaryFigureConfirmedWithTheSameNumberIsAChangeTheHistoryRecords() throws SQLException {
        database.upsert(RATE, List.of(published("全体", "2019", 81.6, "速報")), "run-1", FIRST_NIGHT);

        int changed = database.upsert(RATE, List.of(published("全体", "2019", 81.6, "確報")), "run-2", SECOND_NIGHT);

        assertThat(changed).isOne();
        assertThat(rows("SELECT value, value_status, run_id FROM indicator_value"))
                .containsExactly(List.of(81.6, "確報", "run-2"));
        assertThat(rows("SELECT value, value_status, run_id FROM indicator_value_history ORDER BY recorded_at"))
                .containsExactly(List.of(81.6, "速報", "run-1"), List.of(81.6, "確報", "run-2"));
        assertThat(database.upsert(RATE, List.of(published("全体", "2019", 81.6, "確報")), "run-3", SECOND_NIGHT))
                .isZero();
    }

    @Test
    void aKeyNoLongerComputedLeavesTheCurrentValuesAndTheHistorySaysItWasWithdrawn() throws SQLException {
        List<IndicatorValue> both = List.of(rate("全体", "2020", 75.3), rate("Ⅰ", "2020", 80.0));
        database.upsert(RATE, both, "run-1", FIRST_NIGHT);
        database.withdrawOthers(RATE, both, "run-1", FIRST_NIGHT);
        List<IndicatorValue> onlyOverall = List.of(rate("全体", "2020", 75.3));

        int withdrawn = database.withdrawOthers(RATE, onlyOverall, "run-2", SECOND_NIGHT);

        assertThat(withdrawn).isEqualTo(1);
        assertThat(database.current(RATE)).containsOnlyKeys(List.of(RATE, "140007", "全体", "FY", "2020"));
        assertThat(rows("SELECT breakdown, value, value_status, withdrawn, run_id FROM indicator_value_history "
                + "ORDER BY recorded_at, breakdown")).containsExactly(
                List.of("Ⅰ", 80.0, "計算", false, "run-1"), List.of("全体", 75.3, "計算", false, "run-1"),
                java.util.Arrays.asList("Ⅰ", null, null, true, "run-2"));
        assertThat(database.withdrawOthers(RATE, onlyOverall, "run-3", SECOND_NIGHT)).isZero();
    }

    @Test
    void valuesOfOneIndicatorDoNotTouchAnother() throws SQLException {
        database.upsert(RATE, List.of(rate("全体", "2020", 75.3)), "run-1", FIRST_NIGHT);
        IndicatorValue achieved = new IndicatorValue("measures_achieved", "140007", "全体", "FY", "2020", 38.0, null);

        assertThat(database.upsert("measures_achieved", List.of(achieved), "run-1", FIRST_NIGHT)).isEqualTo(1);
        assertThat(database.current(RATE)).hasSize(1);
        assertThat(database.current("measures_achieved").values()).containsExactly(achieved);
    }

    @Test
    void thousandsOfValuesAreStoredAcrossStatementsAndOnlyChangedOnesRewritten() throws SQLException {
        List<IndicatorValue> perMunicipality = new ArrayList<>();
        for (int i = 0; i < 1234; i++) {
            perMunicipality.add(new IndicatorValue("participation_rate", String.valueOf(140000 + i), "事業" + i % 4,
                    "FY", "2020", i / 10.0, i % 3 == 0 ? null : 50.0));
        }
        assertThat(database.upsert("participation_rate", perMunicipality, "run-1", FIRST_NIGHT)).isEqualTo(1234);

        List<IndicatorValue> revised = new ArrayList<>(perMunicipality);
        revised.set(0, new IndicatorValue("participation_rate", "140000", "事業0", "FY", "2020", 99.9, null));
        revised.set(777, new IndicatorValue("participation_rate", "140777", "事業1", "FY", "2020", 77.7, 50.0));

        assertThat(database.upsert("participation_rate", revised, "run-2", SECOND_NIGHT)).isEqualTo(2);
        assertThat(database.current("participation_rate")).hasSize(1234)
                .containsEntry(List.of("participation_rate", "140777", "事業1", "FY", "2020"), revised.get(777));
        assertThat(rows("SELECT count(*) FROM indicator_value_history")).containsExactly(List.of(1236L));
    }

    @Test
    void aValueThatDiffersOnlyInItsLastBitsIsNotAChange() throws SQLException {
        // The same mean summed in another order: 5.433591498098601 and 5.433591498098602.
        database.upsert(RATE, List.of(rate("全体", "2017", 5.433591498098601)), "run-1", FIRST_NIGHT);

        assertThat(database.upsert(RATE, List.of(rate("全体", "2017", 5.433591498098602)), "run-2", SECOND_NIGHT))
                .isZero();
        assertThat(database.current(RATE).values()).containsExactly(rate("全体", "2017", 5.43359149810));
        assertThat(database.upsert(RATE, List.of(rate("全体", "2017", 5.4336)), "run-3", SECOND_NIGHT)).isOne();
    }

    @Test
    void reopeningTheDatabaseKeepsWhatWasStored() throws SQLException {
        database.upsert(RATE, List.of(rate("全体", "2020", 75.3)), "run-1", FIRST_NIGHT);
        database.close();

        database = store.open();

        assertThat(database.current(RATE).values()).containsExactly(rate("全体", "2020", 75.3));
        assertThat(database.upsert(RATE, List.of(rate("全体", "2020", 75.3)), "run-2", SECOND_NIGHT)).isZero();
    }

    @Test
    void defineStoresTheIndicatorOfAModelOnceWhateverTheRuns() throws SQLException {
        ModelCatalog catalog = ModelCatalog.load();
        database.define(catalog.model("ind_measure_achievement_rate"));
        database.define(catalog.model("ind_measure_achievement_rate"));
        database.define(catalog.model("ind_measures_not_achieved"));

        assertThat(rows("SELECT code, name_ja, unit, period_type, higher_is_better, model FROM indicator ORDER BY code"))
                .containsExactly(
                        List.of(RATE, "成果指標達成率", "%", "FY", true, "ind_measure_achievement_rate"),
                        List.of("measures_not_achieved", "成果指標が未達成の施策数", "施策", "FY", false,
                                "ind_measures_not_achieved"));
    }

    @Test
    void theManifestKeepsWhereAndUnderWhichRulesAFileWasRead() throws SQLException {
        IngestManifest manifest = database.manifest();
        ManifestEntry loose = new ManifestEntry("tourism-pv", "export.csv", CHECKSUM, ManifestEntry.REJECTED, 0, 0, 0,
                "lies outside a site folder", null, null, "run-1", FIRST_NIGHT, "tourism-pv/export.csv", "sites:v1",
                FIRST_NIGHT);

        manifest.record(loose);

        assertThat(manifest.find("tourism-pv", CHECKSUM)).contains(loose);
        assertThat(manifest.find("measures", CHECKSUM)).isEmpty();
        assertThat(manifest.entries()).containsExactly(loose);
    }

    @Test
    void aFileReadAgainKeepsWhenItsContentWasFirstSeen() throws SQLException {
        IngestManifest manifest = database.manifest();
        manifest.record(new ManifestEntry("tourism-pv", "export.csv", CHECKSUM, ManifestEntry.REJECTED, 0, 0, 0,
                "lies outside a site folder", null, null, "run-1", FIRST_NIGHT, "tourism-pv/export.csv", "sites:v1",
                FIRST_NIGHT));

        // The operator moved it into its site folder; the second night reads it (and says it saw it first now).
        ManifestEntry moved = new ManifestEntry("tourism-pv", "export.csv", CHECKSUM, ManifestEntry.INGESTED, 3, 3, 0,
                null, "page_views/fiscal_year=2020/export_9f86d081884c.parquet", null, "run-2", SECOND_NIGHT,
                "tourism-pv/inbound/export.csv", "sites:v1", SECOND_NIGHT);
        manifest.record(moved);

        assertThat(manifest.find("tourism-pv", CHECKSUM).orElseThrow().firstSeenAt()).isEqualTo(FIRST_NIGHT);
        assertThat(rows("SELECT status, landing_path, ingested_at, first_seen_at FROM ingest_manifest"))
                .containsExactly(List.of("INGESTED", "tourism-pv/inbound/export.csv", SECOND_NIGHT, FIRST_NIGHT));
    }

    @Test
    void aWithdrawalIsKeptWithWhoWhenAndWhyAndStaysOnRecordWhenUndone() throws SQLException {
        Withdrawals withdrawals = database.withdrawals();
        Withdrawal file = withdrawals.record(Withdrawal.of("measures", "measures", List.of("sheet.csv"),
                List.of(CHECKSUM), List.of(), 76, "送付先の誤り", "cdo-operator", FIRST_NIGHT));
        // A key holding a comma, a quote and a backslash reads back as it was given.
        Withdrawal key = withdrawals.record(Withdrawal.of("health", "health_evaluations",
                List.of("a.csv", "b.csv"), List.of(CHECKSUM, "0".repeat(64)),
                List.of("2020", "141003", "特定保健指導, \"旧\" \\ 名称"), 2, "事業名の変更", "cdo-operator",
                SECOND_NIGHT));

        withdrawals.undo(file.id(), "cdo-lead", SECOND_NIGHT, "誤って取り下げた");

        assertThat(file.id()).isEqualTo(1);
        assertThat(key.id()).isEqualTo(2);
        assertThat(withdrawals.inForce()).containsExactly(key);
        assertThat(key.key()).containsExactly("2020", "141003", "特定保健指導, \"旧\" \\ 名称");
        assertThat(key.fileNames()).containsExactly("a.csv", "b.csv");
        assertThat(withdrawals.all()).hasSize(2);
        assertThat(withdrawals.find(1).orElseThrow()).satisfies(undone -> {
            assertThat(undone.inForce()).isFalse();
            assertThat(undone.undoneBy()).isEqualTo("cdo-lead");
            assertThat(undone.undoneAt()).isEqualTo(SECOND_NIGHT);
        });
        assertThat(rows("SELECT source, file_name, row_key, rows_withdrawn, reason, withdrawn_by, withdrawn_at "
                + "FROM withdrawal ORDER BY id")).containsExactly(
                Arrays.asList("measures", "sheet.csv", null, 76L, "送付先の誤り", "cdo-operator", FIRST_NIGHT),
                List.of("health", "a.csv;b.csv", "[\"2020\",\"141003\",\"特定保健指導, \\\"旧\\\" \\\\ 名称\"]", 2L,
                        "事業名の変更", "cdo-operator", SECOND_NIGHT));
    }

    @Test
    void withdrawalsSurviveReopening() throws SQLException {
        database.withdrawals().record(Withdrawal.of("health", "health_evaluations", List.of("a.csv"),
                List.of(CHECKSUM), List.of(), 21, "重複送付", "cdo-operator", FIRST_NIGHT));
        database.close();

        database = store.open();

        assertThat(database.withdrawals().inForce()).extracting(Withdrawal::reason).containsExactly("重複送付");
    }

    private static IndicatorValue rate(String breakdown, String fiscalYear, Double value) {
        return new IndicatorValue(RATE, "140007", breakdown, "FY", fiscalYear, value, null);
    }

    /** A rate as published, e.g. in an inspection report: 速報 or 確報. */
    private static IndicatorValue published(String breakdown, String fiscalYear, Double value, String status) {
        return new IndicatorValue(RATE, "140007", breakdown, "FY", fiscalYear, value, null, status);
    }

    /**
     * Every row of a query, timestamps as instants: they are stored as TIMESTAMP in the JVM's local time
     * (17:00Z reads 02:00 in SQL on a JST server), so only the instant read back through JDBC is the same everywhere.
     */
    private List<List<Object>> rows(String sql) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (PreparedStatement query = database.connection().prepareStatement(sql); ResultSet result = query.executeQuery()) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    Object value = result.getObject(i);
                    row.add(value instanceof OffsetDateTime time ? time.toInstant()
                            : value instanceof Timestamp timestamp ? timestamp.toInstant() : value);
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
