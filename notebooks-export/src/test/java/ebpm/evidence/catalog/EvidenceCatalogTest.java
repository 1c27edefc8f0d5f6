package ebpm.evidence.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import ebpm.evidence.chart.ChartSpec;
import org.junit.jupiter.api.Test;

class EvidenceCatalogTest {

    @Test
    void readsTheChartADefinitionDeclares() {
        EvidenceCatalog catalog = EvidenceCatalog.load();

        ChartSpec chart = catalog.definition("achievement-by-pillar").chart().orElseThrow();
        assertThat(chart.type()).isEqualTo(ChartSpec.Type.GROUPED_BAR);
        assertThat(chart.y()).containsExactly("達成率(%)", "前年度達成率(%)");
        assertThat(catalog.definition("measure-status").chart()).isEmpty();
    }
}
