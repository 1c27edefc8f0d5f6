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

    @Test
    void everyTableWithAnAxisDeclaresAChart() {
        EvidenceCatalog catalog = EvidenceCatalog.load();

        // Lists without one axis to draw along declare none; every other table has a chart.
        for (String name : java.util.List.of("achievement-by-pillar", "health-support-summary", "tourism-pageviews",
                "tourism-pageviews-trend", "tourism-targets", "tourism-top-pages", "visitor-trend", "indicator")) {
            assertThat(catalog.definition(name).chart()).as(name).isPresent();
        }
        assertThat(catalog.definition("health-evaluations").chart()).isEmpty();
        assertThat(catalog.definition("health-support-summary").chart().orElseThrow().errorBars())
                .contains(new ChartSpec.ErrorBars("差(pt)", "95%信頼区間下限(pt)", "95%信頼区間上限(pt)"));
    }
}
