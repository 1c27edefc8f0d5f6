package ebpm.analytics.indicatordb;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The record of landing files taken in, keyed by source and content checksum. */
class IngestManifestTest {

    private static final String SHEET_CHECKSUM = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private Connection connection;
    private IngestManifest manifest;

    @BeforeEach
    void open() throws SQLException {
        connection = DriverManager.getConnection("jdbc:duckdb:");
        SchemaMigration.migrate(connection); // creates the manifest table with the others
        manifest = new IngestManifest(connection);
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void recordedFileIsKnownByItsSourceAndChecksum() throws SQLException {
        assertThat(manifest.contains("measures", SHEET_CHECKSUM)).isFalse();

        manifest.record(ingested("kanagawa-ict-measures-fy2020.csv", "run-1", Instant.parse("2021-07-01T17:00:00Z")));

        assertThat(manifest.contains("measures", SHEET_CHECKSUM)).isTrue();
        // The same bytes delivered as another source are another file.
        assertThat(manifest.contains("observations", SHEET_CHECKSUM)).isFalse();
        assertThat(manifest.contains("measures", "0" + SHEET_CHECKSUM.substring(1))).isFalse();
    }

    @Test
    void entriesReturnEveryFieldAsRecorded() throws SQLException {
        ManifestEntry sheet = ingested("kanagawa-ict-measures-fy2020.csv", "run-1",
                Instant.parse("2021-07-01T17:00:00.123456Z"));
        ManifestEntry broken = new ManifestEntry("observations", "rates.xlsx", "abc123", ManifestEntry.REJECTED,
                0, 0, 0, "rates.xlsx: missing column(s) 公表値", null, null, "run-1",
                Instant.parse("2021-07-01T17:00:05Z"), "observations/rates.xlsx", "", Instant.parse("2021-07-01T17:00:05Z"));

        manifest.record(broken);
        manifest.record(sheet);

        assertThat(manifest.entries()).containsExactly(sheet, broken);
    }

    @Test
    void recordingTheSameFileAgainReplacesItsEntry() throws SQLException {
        manifest.record(ingested("kanagawa-ict-measures-fy2020.csv", "run-1", Instant.parse("2021-07-01T17:00:00Z")));
        ManifestEntry renamed = new ManifestEntry("measures", "measures-2020-corrected.csv", SHEET_CHECKSUM,
                ManifestEntry.INGESTED, 77, 76, 1, null, "lake/measures/fiscal_year=2020/part-run-2.parquet",
                "rejects/run-2/measures-2020-corrected.csv", "run-2", Instant.parse("2021-07-02T17:00:00Z"),
                "measures/measures-2020-corrected.csv", "", Instant.parse("2021-07-02T17:00:00Z"));

        manifest.record(renamed);

        // Still the same content, first seen on the first night.
        assertThat(manifest.entries()).containsExactly(new ManifestEntry("measures", "measures-2020-corrected.csv",
                SHEET_CHECKSUM, ManifestEntry.INGESTED, 77, 76, 1, null,
                "lake/measures/fiscal_year=2020/part-run-2.parquet", "rejects/run-2/measures-2020-corrected.csv",
                "run-2", Instant.parse("2021-07-02T17:00:00Z"), "measures/measures-2020-corrected.csv", "",
                Instant.parse("2021-07-01T17:00:00Z")));
    }

    @Test
    void aFileRecordedAfterTheFirstQuestionIsFoundAsRecordedAndAnotherReadKeepsWhenItWasFirstSeen()
            throws SQLException {
        assertThat(manifest.find("measures", SHEET_CHECKSUM)).isEmpty();
        ManifestEntry first = ingested("kanagawa-ict-measures-fy2020.csv", "run-1",
                Instant.parse("2021-07-01T17:00:00Z"));

        manifest.record(first);

        assertThat(manifest.find("measures", SHEET_CHECKSUM)).contains(first);
        manifest.record(ingested("kanagawa-ict-measures-fy2020 (2).csv", "run-2",
                Instant.parse("2021-07-02T17:00:00Z")));
        assertThat(manifest.find("measures", SHEET_CHECKSUM)).hasValueSatisfying(entry -> {
            assertThat(entry.fileName()).isEqualTo("kanagawa-ict-measures-fy2020 (2).csv");
            assertThat(entry.firstSeenAt()).isEqualTo(Instant.parse("2021-07-01T17:00:00Z"));
        });
        assertThat(new IngestManifest(connection).find("measures", SHEET_CHECKSUM))
                .isEqualTo(manifest.find("measures", SHEET_CHECKSUM));
    }

    private static ManifestEntry ingested(String fileName, String runId, Instant at) {
        return new ManifestEntry("measures", fileName, SHEET_CHECKSUM, ManifestEntry.INGESTED, 77, 77, 0, null,
                "lake/measures/fiscal_year=2020/part-" + runId + ".parquet", null, runId, at, "measures/" + fileName, "",
                at);
    }
}
