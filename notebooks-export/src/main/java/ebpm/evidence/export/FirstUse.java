package ebpm.evidence.export;

import ebpm.evidence.chart.ChartSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A format's first export loads its libraries (POI's schema types, JFreeChart, the Japanese font, ImageIO), a second
 * or more of a pack's time. This small table with a bar chart, written to a temporary file and deleted, loads them
 * ahead, while the pack's first table is still being queried.
 */
final class FirstUse {

    private static final EvidenceDocument DOCUMENT = new EvidenceDocument("first-use", "読み込み", "",
            Table.create("first-use", StringColumn.create("柱", "政策1", "政策2"),
                    DoubleColumn.create("達成率(%)", 75.0, 50.0)),
            Map.of("達成率(%)", 1),
            new Lineage(List.of(), List.of(), "", "", Instant.EPOCH),
            Optional.of(new ChartSpec(ChartSpec.Type.BAR, List.of("柱"), List.of("達成率(%)"), Optional.empty(),
                    Map.of(), "")),
            Optional.empty());

    private FirstUse() {
    }

    static void writeAndDelete(EvidenceExporter exporter) throws IOException {
        Path file = Files.createTempFile("ebpm-first-use", "." + exporter.extension());
        try {
            exporter.export(DOCUMENT, file);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
