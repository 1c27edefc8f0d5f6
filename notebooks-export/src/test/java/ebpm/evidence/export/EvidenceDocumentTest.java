package ebpm.evidence.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

class EvidenceDocumentTest {

    private static final Lineage LINEAGE = new Lineage(
            List.of(new SourceFile("kanagawa-ict-measures-fy2020.csv", "ab".repeat(32))),
            List.of("achievement-rate"), "duckdb", "run-1", Instant.parse("2026-11-20T18:00:00Z"));

    private static final Table RATES = Table.create("rates", DoubleColumn.create("達成率(%)", 70.0));

    @Test
    void carriesDecimalsForItsOwnColumns() {
        var doc = new EvidenceDocument("achievement-by-pillar_FY2020", "達成状況", "",
                RATES, Map.of("達成率(%)", 1), LINEAGE);

        assertThat(doc.decimals()).containsEntry("達成率(%)", 1);
    }

    @Test
    void rejectsDecimalsForAMistypedHeader() {
        // Full-width parentheses and percent sign: looks the same to a planner, is another column.
        assertThatThrownBy(() -> new EvidenceDocument("achievement", "達成状況", "",
                RATES, Map.of("達成率（％）", 1), LINEAGE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("達成率（％）")
                .hasMessageContaining("達成率(%)");
    }

    @Test
    void rejectsANameThatIsNotAPortableFileNameStem() {
        assertThatThrownBy(() -> new EvidenceDocument("../達成状況", "達成状況", "",
                RATES, Map.of(), LINEAGE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("file-name stem");
    }

    @Test
    void sourceFileWantsAFullSha256() {
        assertThatThrownBy(() -> new SourceFile("measures.csv", "abc123"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("measures.csv");
    }
}
