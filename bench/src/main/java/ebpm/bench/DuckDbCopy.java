package ebpm.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The limit for the page-view ingest: DuckDB's own {@code COPY (SELECT … FROM read_csv(…)) TO … (FORMAT parquet)}
 * of the same GA4 files into the lake's schema — the same columns and types, the section of each page from the same
 * {@code tourism_sections} seed's prefixes (longest first), the line number, Hive partitions by fiscal year, SNAPPY — with every
 * core DuckDB wants. What it does not do that the ebpm ingest does: compute the file's SHA-256 (given here as a
 * literal), check the whole file is valid UTF-8 before reading it, accept Japanese or English headers in any order,
 * report rejected rows with reasons instead of failing, check the totals row, record the manifest.
 */
final class DuckDbCopy {

    record Result(long rows, double seconds) {
    }

    private static final String OTHER_SECTION = "その他";

    private record SiteConfig(String name, List<Map.Entry<String, String>> prefixes, String other) {
    }

    private final List<Path> files;
    private final Map<String, SiteConfig> sites;
    private final Map<Path, String> checksums = new java.util.HashMap<>();

    DuckDbCopy(List<Path> files, Path seeds) throws IOException {
        this.files = files;
        this.sites = readSites(seeds);
        for (Path file : files) {
            checksums.put(file, sha256(file));
        }
    }

    /** Copies every file into {@code out} (emptied first) and returns the rows written and the time taken. */
    Result run(Path out) throws IOException, SQLException {
        DataSets.deleteTree(out);
        long rows = 0;
        long start = System.nanoTime();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = connection.createStatement()) {
            for (Path file : files) {
                rows += statement.executeUpdate(copy(file, out));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(rows, seconds);
    }

    /** Rows in the Parquet files written, read back: the copy wrote what it says. */
    static long rowsIn(Path out) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM read_parquet('"
                     + out.resolve("**").resolve("*.parquet") + "')")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private String copy(Path file, Path out) throws IOException {
        String siteId = file.getParent().getFileName().toString();
        SiteConfig site = sites.get(siteId);
        int skip = leadingCommentLines(file) + 1;
        StringBuilder section = new StringBuilder("CASE");
        for (Map.Entry<String, String> prefix : site.prefixes()) {
            section.append(" WHEN starts_with(page_path, ").append(literal(prefix.getKey())).append(") THEN ")
                    .append(literal(prefix.getValue()));
        }
        section.append(" ELSE ").append(literal(site.other())).append(" END");
        return "COPY (SELECT " + literal(file.getFileName().toString()) + " AS source_file, "
                + literal(checksums.get(file)) + " AS source_checksum, line AS source_line, "
                + "now() AS ingested_at, " + literal(siteId) + " AS site, " + literal(site.name()) + " AS site_name, "
                + "view_date, page_path, nullif(page_title, '') AS page_title, " + section + " AS section, "
                + "views, active_users, "
                + "CAST(CASE WHEN month(view_date) >= 4 THEN year(view_date) ELSE year(view_date) - 1 END AS INTEGER)"
                + " AS fiscal_year "
                + "FROM (SELECT CAST(strptime(date_text, '%Y%m%d') AS DATE) AS view_date, * FROM ("
                + "SELECT row_number() OVER () + " + skip + " AS line, * FROM read_csv(" + literal(file.toString())
                + ", skip = " + skip + ", header = false, columns = {'date_text': 'VARCHAR', 'page_path': 'VARCHAR', "
                + "'page_title': 'VARCHAR', 'views': 'BIGINT', 'active_users': 'BIGINT'})) "
                + "WHERE date_text NOT IN ('総計', '合計', 'Grand total', 'Total', 'Totals'))) "
                + "TO " + literal(out.toString())
                + " (FORMAT parquet, COMPRESSION snappy, PARTITION_BY (fiscal_year), APPEND)";
    }

    private static int leadingCommentLines(Path file) throws IOException {
        int count = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null && line.startsWith("#"); line = in.readLine()) {
                count++;
            }
        }
        return count;
    }

    @SuppressWarnings("unchecked")
    /**
     * The sites and their sections from the project's seeds ({@code tourism_sites.csv}: site_id, name, …;
     * {@code tourism_sections.csv}: site_id, path_prefix, section), the longest prefix first, as the night applies
     * them; a path no prefix matches is その他.
     */
    private static Map<String, SiteConfig> readSites(Path seeds) throws IOException {
        Map<String, SiteConfig> sites = new java.util.LinkedHashMap<>();
        for (List<String> site : csvRows(seeds.resolve("tourism_sites.csv"))) {
            sites.put(site.get(0), new SiteConfig(site.get(1), new ArrayList<>(), OTHER_SECTION));
        }
        for (List<String> section : csvRows(seeds.resolve("tourism_sections.csv"))) {
            SiteConfig site = sites.get(section.get(0));
            if (site != null) {
                site.prefixes().add(Map.entry(section.get(1), section.get(2)));
            }
        }
        sites.values().forEach(site -> site.prefixes().sort(
                Comparator.comparingInt((Map.Entry<String, String> p) -> p.getKey().length()).reversed()));
        return sites;
    }

    /** The rows of a seed without its header; the tourism seeds hold no quoted commas. */
    private static List<List<String>> csvRows(Path file) throws IOException {
        return Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8).stream().skip(1)
                .filter(line -> !line.isBlank()).map(line -> List.of(line.split(",", -1))).toList();
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
