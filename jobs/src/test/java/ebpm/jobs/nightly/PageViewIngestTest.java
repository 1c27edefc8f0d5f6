package ebpm.jobs.nightly;

import static ebpm.jobs.cli.WorkQueries.query;
import static org.assertj.core.api.Assertions.assertThat;

import ebpm.analytics.catalog.ModelCatalog;
import ebpm.analytics.engine.DuckDbSession;
import ebpm.analytics.engine.QueryRows;
import ebpm.jobs.cli.Ebpm;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GA4 page-view exports through the nightly job, from small files written here, checked by what lands. */
class PageViewIngestTest {

    private static final String JAPANESE_HEADER = "日付,ページ パスとスクリーン クラス,ページ タイトルとスクリーン クラス,表示回数,アクティブ ユーザー";
    private static final String ENGLISH_HEADER = "Date,Page path and screen class,Page title and screen class,Views,Active users";

    @TempDir
    Path landing;
    @TempDir
    Path work;

    @Test
    void utf8WithAndWithoutBomAndCp932LandAlikeUnderJapaneseOrEnglishHeaders() throws Exception {
        write("kanagawa-now/a.csv", StandardCharsets.UTF_8, true, JAPANESE_HEADER,
                "総計,,,30,20", "20200401,/stay/hakone/,箱根の宿,10,7", "20200401,/event/x/,イベント,20,13");
        write("kanagawa-now/b.csv", Charset.forName("windows-31j"), false, JAPANESE_HEADER,
                "20200402,/stay/hakone/,箱根の宿,11,7");
        write("inbound/c.csv", StandardCharsets.UTF_8, false, ENGLISH_HEADER,
                "20200402,/en/stay/hakone/,Hotels in Hakone,5,4", "Grand total,,,5,4");

        Ebpm.Result result = Ebpm.nightly(landing, work);

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).containsPattern("ingestTourism-pv +COMPLETED +6 +6 +0 ");
        assertThat(rows("SELECT site, CAST(view_date AS VARCHAR), page_path, page_title, section, views "
                + "FROM stg_page_views JOIN int_page_sections USING (site, page_path) ORDER BY ALL")).containsExactly(
                List.of("inbound", "2020-04-02", "/en/stay/hakone/", "Hotels in Hakone", "宿泊施設紹介", 5L),
                List.of("kanagawa-now", "2020-04-01", "/event/x/", "イベント", "イベント", 20L),
                List.of("kanagawa-now", "2020-04-01", "/stay/hakone/", "箱根の宿", "宿泊施設紹介", 10L),
                List.of("kanagawa-now", "2020-04-02", "/stay/hakone/", "箱根の宿", "宿泊施設紹介", 11L));
        assertThat(Files.list(work.resolve("lake/page_views")).map(p -> p.getFileName().toString()))
                .containsExactly("fiscal_year=2020");
    }

    @Test
    void anOverlappingReExportReplacesTheKeysItHoldsSoNothingIsCountedTwice() throws Exception {
        write("kanagawa-now/2020-03-15_2020-04-05.csv", StandardCharsets.UTF_8, false, JAPANESE_HEADER,
                "20200331,/stay/a/,A,100,50", "20200401,/stay/a/,A,100,50", "20200401,/stay/b/,B,7,5");
        Ebpm.nightly(landing, work);
        // GA4 re-processed April: the re-export covers April 1 with new numbers; a page whose title changed during
        // the day is listed twice and counts once, added up.
        write("kanagawa-now/2020-04-01_2020-04-30.csv", StandardCharsets.UTF_8, false, JAPANESE_HEADER,
                "20200401,/stay/a/,A,90,40", "20200401,/stay/a/,A (new title),15,10", "20200402,/stay/a/,A,30,20");

        Ebpm.Result second = Ebpm.nightly(landing, work);

        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(rows("SELECT CAST(view_date AS VARCHAR), page_path, CAST(sum(views) AS BIGINT), "
                + "string_agg(DISTINCT source_file) FROM stg_page_views GROUP BY view_date, page_path ORDER BY ALL"))
                .containsExactly(
                        List.of("2020-03-31", "/stay/a/", 100L, "2020-03-15_2020-04-05.csv"),
                        List.of("2020-04-01", "/stay/a/", 105L, "2020-04-01_2020-04-30.csv"),
                        List.of("2020-04-01", "/stay/b/", 7L, "2020-03-15_2020-04-05.csv"),
                        List.of("2020-04-02", "/stay/a/", 30L, "2020-04-01_2020-04-30.csv"));
        assertThat(query(work, "SELECT period, value FROM indicator_value WHERE indicator_code = "
                + "'tourism_accommodation_pageviews' ORDER BY period"))
                .containsExactly(List.of("2019", 100.0), List.of("2020", 142.0));
        assertThat(rows("SELECT count(*) FROM src_page_views")).containsExactly(List.of(6L));
    }

    @Test
    void aReExportSavedLaterTheSameNightWinsWhateverItsNameAndTheSummaryNamesBoth() throws Exception {
        write("kanagawa-now/april.csv", StandardCharsets.UTF_8, false, JAPANESE_HEADER,
                "20200401,/stay/a/,A,100,50", "20200401,/stay/b/,B,7,5");
        write("kanagawa-now/april (2).csv", StandardCharsets.UTF_8, false, JAPANESE_HEADER,
                "20200401,/stay/a/,A,90,40", "20200402,/stay/a/,A,30,20");
        Path folder = landing.resolve("tourism-pv/kanagawa-now");
        Files.setLastModifiedTime(folder.resolve("april.csv"), FileTime.from(Instant.parse("2026-11-20T09:00:00Z")));
        Files.setLastModifiedTime(folder.resolve("april (2).csv"),
                FileTime.from(Instant.parse("2026-11-20T09:30:00Z")));

        Ebpm.Result night = Ebpm.nightly(landing, work);

        assertThat(night.exitCode()).as(night.err()).isZero();
        assertThat(night.out()).containsSubsequence(
                "april.csv: INGESTED read 2, written 2, rejected 0 — keys: 0 replaced, 2 added, "
                        + "1 already replaced by files that arrived after it",
                "april (2).csv: INGESTED read 2, written 2, rejected 0 — keys: 1 replaced, 1 added",
                "conflict: 1 key stated differently by april.csv and april (2).csv "
                        + "(e.g. kanagawa-now 2020-04-01 /stay/a/); april (2).csv counts (the last to arrive, "
                        + "modified 2026-11-20 18:30:00)");
        assertThat(rows("SELECT CAST(view_date AS VARCHAR), page_path, views FROM stg_page_views ORDER BY ALL"))
                .containsExactly(List.of("2020-04-01", "/stay/a/", 90L), List.of("2020-04-01", "/stay/b/", 7L),
                        List.of("2020-04-02", "/stay/a/", 30L));
    }

    @Test
    void badRowsGoToTheRejectsWithTheirReasonAndATotalsMismatchIsReported() throws Exception {
        write("kanagawa-now/bad.csv", StandardCharsets.UTF_8, false, JAPANESE_HEADER,
                "20200401,/stay/a/,A,10,5", "1/4/2020,/stay/a/,A,10,5", "20200401,,A,10,5",
                "20200401,/stay/b/,B,-4,1", "20200401,/stay/c/,C,many,1", "総計,,,50,20");

        Ebpm.Result result = Ebpm.nightly(landing, work);

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).containsPattern("ingestTourism-pv +COMPLETED +6 +2 +4 ")
                .contains("totals row (line 10) says 50 views but the rows landed add up to 10 (-40); 4 row(s) rejected");
        List<String> rejects = Files.readAllLines(single(work.resolve("rejects/tourism-pv")));
        assertThat(rejects).hasSize(5);
        assertThat(String.join("\n", rejects)).contains(
                "bad.csv,6,\"日付: '1/4/2020' is not a date (GA4 writes YYYYMMDD, e.g. 20200401; 2020-04-01 and 2020/4/1 are read too)\"",
                "bad.csv,7,ページ パスとスクリーン クラス: is empty",
                "bad.csv,8,表示回数: '-4' is negative",
                "bad.csv,9,表示回数: 'many' is not a whole number");
        assertThat(query(work, "SELECT rows_read, rows_written, rows_rejected, message FROM ingest_manifest "
                + "WHERE source = 'tourism-pv'")).singleElement().satisfies(row -> {
                    assertThat(row.subList(0, 3)).containsExactly(6L, 2L, 4L);
                    assertThat((String) row.get(3)).startsWith("totals row (line 10) says 50 views");
                });
    }

    @Test
    void aFileOutsideASiteFolderIsRejectedWholeAndAnUnknownSiteLandsUnderTheOtherSectionWithANote()
            throws Exception {
        write("loose.csv", StandardCharsets.UTF_8, false, JAPANESE_HEADER, "20200401,/a,A,1,1");
        write("new-site/x.csv", StandardCharsets.UTF_8, false, JAPANESE_HEADER, "20200402,/stay/a,A,3,1");

        Ebpm.Result result = Ebpm.nightly(landing, work);

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("loose.csv: REJECTED", "lies outside a site folder",
                "x.csv: INGESTED read 1, written 1, rejected 0 — site 'new-site' is not in seeds/tourism_sites.csv: "
                        + "its pages are counted under その他");
        assertThat(rows("SELECT site, site_name, page_path, section FROM int_page_sections")).containsExactly(
                List.of("new-site", "new-site", "/stay/a", "その他"));
    }

    @Test
    void anExportNamingAnotherSitesPropertyIsRejectedWithBothNamesAndLandsOnceMoved() throws Exception {
        Path misplaced = landing.resolve("tourism-pv/kanagawa-now/2020-04.csv");
        Files.createDirectories(misplaced.getParent());
        Files.writeString(misplaced, String.join("\n", "# ----------------------------------------",
                "# 外国人観光客向けウェブサイト", "# Start date: 20200401", "# ----------------------------------------",
                JAPANESE_HEADER, "20200401,/en/stay/a/,A,9", "") );

        Ebpm.Result first = Ebpm.nightly(landing, work);

        assertThat(first.out()).contains("2020-04.csv: REJECTED", "its header names the GA4 property "
                + "'外国人観光客向けウェブサイト', which is site 'inbound' in seeds/tourism_sites.csv, but it lies in "
                + "tourism-pv/kanagawa-now/; move it to tourism-pv/inbound/");
        Path moved = landing.resolve("tourism-pv/inbound/2020-04.csv");
        Files.createDirectories(moved.getParent());
        Files.move(misplaced, moved);
        Ebpm.Result second = Ebpm.nightly(landing, work);
        assertThat(second.out()).contains("2020-04.csv: INGESTED read 1, written 1, rejected 0");
        assertThat(rows("SELECT site, views FROM stg_page_views")).containsExactly(List.of("inbound", 9L));
    }

    @Test
    void monthsWithoutTheSameMonthOfThePreviousYearHaveNoYearOverYear() throws Exception {
        write("kanagawa-now/x.csv", StandardCharsets.UTF_8, false, JAPANESE_HEADER,
                "20190410,/stay/a/,A,80,1", "20200410,/stay/a/,A,100,1", "20200510,/stay/a/,A,50,1");
        Ebpm.nightly(landing, work);

        Ebpm.Result evidence = Ebpm.run("evidence", "tourism-pageviews", "--fy", "令和2年度", "--site", "kanagawa-now",
                "--format", "csv", "--work", work.toString(), "--out", work.resolve("out").toString());

        assertThat(evidence.exitCode()).as(evidence.err()).isZero();
        assertThat(Files.readString(work.resolve("out/tourism-pageviews_FY2020_kanagawa-now.csv"))).isEqualTo(
                "\uFEFF" + String.join("\r\n",
                        "年度,年月,サイト,セクション,表示回数,前年同月表示回数,前年同月比(%)",
                        "2020,2020-04,観光かながわNOW,宿泊施設紹介,100,80,25.0",
                        "2020,2020-04,観光かながわNOW,合計,100,80,25.0",
                        "2020,2020-05,観光かながわNOW,宿泊施設紹介,50,,",
                        "2020,2020-05,観光かながわNOW,合計,50,,", ""));
    }

    private void write(String relative, Charset charset, boolean bom, String... lines) throws IOException {
        Path file = landing.resolve("tourism-pv").resolve(relative);
        Files.createDirectories(file.getParent());
        List<String> all = new ArrayList<>(List.of("# ----------------------------------------", "# 開始日: 20200401",
                "# ----------------------------------------"));
        all.addAll(List.of(lines));
        byte[] text = (String.join("\n", all) + "\n").getBytes(charset);
        byte[] content = bom ? concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text) : text;
        Files.write(file, content);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static Path single(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.findFirst().orElseThrow();
        }
    }

    private List<List<Object>> rows(String sql) throws SQLException {
        try (DuckDbSession session = DuckDbSession.open(work.resolve("lake"), ModelCatalog.load())) {
            return QueryRows.of(session.connection(), sql);
        }
    }
}
