package ebpm.jobs.nightly;

import static ebpm.jobs.cli.WorkQueries.query;
import static org.assertj.core.api.Assertions.assertThat;

import ebpm.jobs.cli.Ebpm;
import ebpm.jobs.cli.SampleRun;
import ebpm.jobs.cli.TestFolders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Before computing, the night compares the lake with the manifest: a lake file deleted or corrupted is rebuilt from
 * its landing file, so the figures equal a clean run's; where the landing file is gone too, the night fails saying
 * which files and what to do, instead of publishing figures without those rows.
 */
class LakeAgainstManifestTest {

    private static final String VALUES = "SELECT indicator_code, area_code, breakdown, period_type, period, value "
            + "FROM indicator_value ORDER BY ALL";
    private static final String INBOUND_FY2020 = "SELECT value FROM indicator_value WHERE indicator_code = "
            + "'tourism_inbound_monthly_average' AND period = '2020'";

    @TempDir
    Path temp;

    @Test
    void rebuildsADeletedAndACorruptedLakeFileFromTheirLandingFiles() throws IOException, SQLException {
        Path work = temp.resolve("work");
        assertThat(Ebpm.nightly(Ebpm.SAMPLE_LANDING, work).exitCode()).isZero();
        Path deleted = inboundLakeFile(work, "2020-05");
        Path corrupted = inboundLakeFile(work, "2020-08");
        Files.delete(deleted);
        Files.writeString(corrupted, "not parquet at all");

        Ebpm.Result night = Ebpm.run("nightly", "--landing", Ebpm.SAMPLE_LANDING.toString(), "--work",
                work.toString(), "--as-of", "2026-11-22");

        assertThat(night.exitCode()).as(night.out() + night.err()).isZero();
        assertThat(night.out()).containsPattern("checkLake +COMPLETED")
                .contains("rebuilt lake file " + work.resolve("lake").relativize(deleted) + " (missing) from "
                        + "landing file tourism-pv/inbound/inbound_ga4-pages-2020-05.csv")
                .contains("rebuilt lake file " + work.resolve("lake").relativize(corrupted)
                        + " (not readable Parquet: ");
        assertThat(query(work, INBOUND_FY2020)).containsExactly(List.of(83_640.0));
        assertThat(query(work, VALUES)).isEqualTo(query(SampleRun.work(), VALUES));
    }

    @Test
    void failsNamingTheLakeFileAndTheLandingFileWhenNeitherIsThere() throws IOException, SQLException {
        Path landing = TestFolders.copyTree(Ebpm.SAMPLE_LANDING, temp.resolve("landing"));
        Path work = temp.resolve("work");
        assertThat(Ebpm.nightly(landing, work).exitCode()).isZero();
        Path lakeFile = inboundLakeFile(work, "2020-05");
        Path landingFile = landing.resolve("tourism-pv/inbound/inbound_ga4-pages-2020-05.csv");
        Files.delete(lakeFile);
        Files.delete(landingFile);

        Ebpm.Result night = Ebpm.run("nightly", "--landing", landing.toString(), "--work", work.toString(),
                "--as-of", "2026-11-22");

        assertThat(night.exitCode()).isEqualTo(1);
        assertThat(night.out()).containsPattern("checkLake +FAILED")
                .contains("lake file " + lakeFile + " is missing, and its landing file " + landingFile,
                        "Put the landing file back")
                .doesNotContain("computeIndicators");
        assertThat(query(work, INBOUND_FY2020)).as("the previous night's value stays").containsExactly(List.of(83_640.0));
    }

    @Test
    void rebuildsTheWholeLakeOfANewWorkFolderAgainstAnIndicatorDatabaseThatListsEveryFile()
            throws IOException, SQLException {
        Path database = temp.resolve("shared-indicators.duckdb");
        String indicatorDb = "jdbc:duckdb:" + database;
        Ebpm.Result first = Ebpm.run("nightly", "--landing", Ebpm.SAMPLE_LANDING.toString(), "--work",
                temp.resolve("old-work").toString(), "--indicator-db", indicatorDb, "--as-of", "2026-11-21");
        assertThat(first.exitCode()).as(first.err()).isZero();

        Path newWork = temp.resolve("new-work");
        Ebpm.Result night = Ebpm.run("nightly", "--landing", Ebpm.SAMPLE_LANDING.toString(), "--work",
                newWork.toString(), "--indicator-db", indicatorDb, "--as-of", "2026-11-22");

        assertThat(night.exitCode()).as(night.out() + night.err()).isZero();
        assertThat(night.out()).containsPattern("lake: (\\d+) files the manifest lists, \\1 rebuilt");
        assertThat(Files.list(newWork.resolve("lake/page_views/fiscal_year=2020")).count()).isPositive();
        List<List<Object>> inbound = ebpm.analytics.engine.QueryRows.of(
                java.sql.DriverManager.getConnection(indicatorDb), INBOUND_FY2020);
        assertThat(inbound).containsExactly(List.of(83_640.0));
    }

    /** The lake file the inbound site's GA4 export of a month landed in. */
    private static Path inboundLakeFile(Path work, String month) throws SQLException {
        List<List<Object>> rows = query(work, "SELECT lake_file FROM ingest_manifest WHERE landing_path = "
                + "'tourism-pv/inbound/inbound_ga4-pages-" + month + ".csv'");
        assertThat(rows).hasSize(1);
        String lakeFile = (String) rows.get(0).get(0);
        assertThat(lakeFile).doesNotContain(";");
        return work.resolve("lake").resolve(lakeFile);
    }
}
