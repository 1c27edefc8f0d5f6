package ebpm.evidence.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ebpm.analytics.project.DefinitionException;
import ebpm.analytics.project.Project;
import ebpm.evidence.chart.ChartSpec;
import ebpm.evidence.export.ColumnDeclaration;
import ebpm.evidence.export.ColumnType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    void readsColumnDeclarations() {
        var columns = EvidenceCatalog.load().definition("health-evaluations").columns();

        assertThat(columns).containsEntry("事業前値", ColumnDeclaration.decimalsFrom("小数桁"));
    }

    @Test
    void readsADeclaredTypeAndRefusesAnUnknownOneNamingFileAndLine(@TempDir Path folder) throws IOException {
        assertThat(loadWith(folder, "columns:\n  番号: {type: code}\n").definition("t").columns())
                .containsEntry("番号", ColumnDeclaration.of(ColumnType.CODE));

        assertThatThrownBy(() -> loadWith(folder, "columns:\n  番号: {type: yen}\n"))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("t.yaml line 5: column 番号 has unknown type 'yen'; use text, year, code, "
                        + "count, decimal");
        assertThatThrownBy(() -> loadWith(folder, "columns:\n  番号: {typ: code}\n"))
                .hasMessageContaining("unknown key 'typ'");
        assertThatThrownBy(() -> loadWith(folder, "columns:\n  番号: {type: year, decimals_from: 桁}\n"))
                .hasMessageContaining("column 番号 is of type year, which has no decimals");
    }

    private static EvidenceCatalog loadWith(Path folder, String columns) throws IOException {
        Files.createDirectories(folder.resolve("evidence"));
        Files.writeString(folder.resolve("ebpm_project.yml"), "");
        Files.writeString(folder.resolve("evidence/t.sql"), "SELECT 1 AS \"番号\"");
        Files.writeString(folder.resolve("evidence/t.yaml"), "title: t\ndescription: d\ngrain: g\n" + columns);
        return EvidenceCatalog.load(Project.open(folder));
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
