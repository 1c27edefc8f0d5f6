package ebpm.evidence.export;

import ebpm.evidence.chart.ChartSpec;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tech.tablesaw.api.Table;

/** Tiny evidence documents for exporter tests, with a fixed lineage so output is exact. */
final class SampleDocuments {

    static final String MEASURES_SHA_256 =
            "3f1c9a7be2d04c5688a1f0e9b7d6c5a4b3f2e1d0c9b8a7f6e5d4c3b2a1f0e9d8";

    static final Lineage LINEAGE = new Lineage(
            List.of(new SourceFile("kanagawa-ict-measures-fy2020.csv", MEASURES_SHA_256)),
            List.of("achievement-rate-by-pillar"),
            "duckdb 1.4.0",
            "nightly-20261121-0300",
            Instant.parse("2026-11-20T18:00:00Z"));

    /** The same lineage naming the publications the table draws on, as the project's seed words them. */
    static final Lineage CITED_LINEAGE = new Lineage(LINEAGE.sources(), LINEAGE.models(), LINEAGE.engine(),
            LINEAGE.runId(), LINEAGE.generatedAt(), List.of("神奈川県「入込観光客調査」", "県観光ウェブサイト（GA4）"));

    /**
     * A recipe as the evidence writer builds it: the one relation its SQL reads (written as a small Parquet file by
     * an in-memory DuckDB), the fiscal year bound, the evidence SQL.
     */
    static final QueryRecipe RECIPE = new QueryRecipe("achievement-by-pillar", "中柱ごとに1行、柱ごとの小計、合計",
            Map.of("年度", "2020（令和2年度）"), List.of("src_measures"), SampleDocuments::extract,
            "CREATE OR REPLACE TEMP TABLE params AS SELECT CAST(? AS INTEGER) AS fy", List.of(2020),
            "-- achievement-by-pillar: rates per pillar\nSELECT \"柱\", \"達成率(%)\" FROM src_measures");

    /** Bars of 達成率(%) per 柱. */
    static final ChartSpec RATE_CHART = new ChartSpec(ChartSpec.Type.BAR, List.of("柱"), List.of("達成率(%)"),
            Optional.empty(), Map.of(), "");

    private SampleDocuments() {
    }

    private static void extract(String relation, Path file) throws java.io.IOException {
        try (var duckDb = java.sql.DriverManager.getConnection("jdbc:duckdb:");
             var statement = duckDb.createStatement()) {
            statement.execute("COPY (SELECT 'Ⅰ 暮らしの情報化' AS \"柱\", 63.0 AS \"達成率(%)\") TO '" + file
                    + "' (FORMAT parquet)");
        } catch (java.sql.SQLException e) {
            throw new java.io.IOException(e);
        }
    }

    static EvidenceDocument document(Table table, Map<String, Integer> decimals) {
        return document("施策の成果指標達成状況（柱・中柱別） 令和2年度", table, decimals);
    }

    /** A document of {@code table} with declared column formats. */
    static EvidenceDocument withFormats(Table table, ColumnFormats formats) {
        return new EvidenceDocument("t", "表", "", table, Map.of(), LINEAGE, Optional.empty(), Optional.empty(),
                formats);
    }

    static EvidenceDocument document(String title, Table table, Map<String, Integer> decimals) {
        return new EvidenceDocument("achievement-by-pillar_FY2020", title,
                "柱・中柱ごとに、成果指標を達成した施策の割合を示します。", table, decimals, LINEAGE);
    }
}
