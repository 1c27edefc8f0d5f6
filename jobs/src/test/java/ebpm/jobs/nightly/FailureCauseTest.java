package ebpm.jobs.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an operator reads when something fails: the cause in plain words, where, and what to do. */
class FailureCauseTest {

    @TempDir
    Path work;

    @Test
    void aFullDiskNamesTheFileItCouldNotWrite() {
        var full = new FileSystemException("/srv/ebpm/lake/x.parquet", null, "No space left on device");

        assertThat(FailureCause.of(new UncheckedIOException(new IOException("writing the lake", full))))
                .isEqualTo("no space left on device writing /srv/ebpm/lake/x.parquet: free space on that disk "
                        + "(df -h shows it), then run the command again");
    }

    @Test
    void aFullDiskWhoseFileIsUnnamedIsPlacedInTheWorkFolder() {
        // As H2 says it: the database has been closed, because writing a page failed.
        var closed = new RuntimeException("JDBC rollback; The database has been closed",
                new IllegalStateException("Writing to FileChannel failed", new IOException("No space left on device")));

        assertThat(FailureCause.of(closed, work))
                .startsWith("no space left on device writing in " + work + " (")
                .contains("KiB free there now)");
    }

    @Test
    void aDuckDbFileLockedByAnotherProgramNamesTheFileAndTheProcess() {
        var locked = new SQLException("IO Error: Could not set lock on file \"/srv/ebpm/indicators.duckdb\": "
                + "Conflicting lock is held in /usr/bin/python3.11 (PID 4242) by user ebpm. See also "
                + "https://duckdb.org/docs/stable/connect/concurrency");

        assertThat(FailureCause.of(new RuntimeException(locked)))
                .isEqualTo("the database file /srv/ebpm/indicators.duckdb is open for writing in another program "
                        + "(process 4242): a consumer must open it read-only (READ_ONLY); close that program, then "
                        + "run the command again");
    }

    @Test
    void aDamagedDuckDbFileSaysSoAndWhatToDo() {
        var damaged = new SQLException("cannot write the indicator database /srv/ebpm/indicators.duckdb.building: "
                + "Data Corruption Error: Corrupt database file: computed checksum 1 does not match stored checksum 2");

        assertThat(FailureCause.of(damaged).lines()).containsExactly(
                "the DuckDB database file /srv/ebpm/indicators.duckdb.building is damaged (Corrupt database file: "
                        + "computed checksum 1 does not match stored checksum 2)",
                "restore it from a backup, or move it aside: the next night then builds it anew and reads every "
                        + "landing file again");
    }

    @Test
    void postgresRefusalsSayWhichSettingToCheck() {
        assertThat(FailureCause.of(new SQLException("FATAL: password authentication failed for user \"ebpm\"",
                "28P01"))).endsWith("check EBPM_DB_USER and EBPM_DB_PASSWORD");
        assertThat(FailureCause.of(new RuntimeException(new SQLException(
                "ERROR: permission denied for table indicator_value", "42501"))))
                .isEqualTo("PostgreSQL refused a privilege: ERROR: permission denied for table indicator_value; "
                        + "grant what the README's \"On PostgreSQL\" section lists to that user");
    }

    @Test
    void anythingElseReadsAsItsFirstLineWithTheRootCause() {
        var failure = new IllegalStateException("cannot read lake file /srv/ebpm/lake/a.parquet\n\tmore detail",
                new IOException("java.io.EOFException: truncated footer"));

        assertThat(FailureCause.of(failure))
                .isEqualTo("cannot read lake file /srv/ebpm/lake/a.parquet (cause: truncated footer)");
    }

    @Test
    void aCauseWithoutMessageIsNamedByItsKind() {
        assertThat(FailureCause.of(new NullPointerException())).isEqualTo("NullPointerException");
    }
}
