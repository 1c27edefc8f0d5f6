package ebpm.evidence.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ebpm.analytics.project.YamlBlock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChartSpecTest {

    @Test
    void readsTheChartMapOfAnEvidenceYaml() {
        ChartSpec spec = read("""
                type: bar
                title: 達成率の前年度比較
                x: [柱, 中柱]
                y: [達成率(%), 前年度達成率(%)]
                only: {中柱: [小計, ""]}
                """);

        assertThat(spec).isEqualTo(new ChartSpec(ChartSpec.Type.BAR, List.of("柱", "中柱"),
                List.of("達成率(%)", "前年度達成率(%)"), Optional.empty(), Map.of("中柱", List.of("小計", "")),
                "達成率の前年度比較"));
        assertThat(spec.columns()).containsExactly("柱", "中柱", "達成率(%)", "前年度達成率(%)", "中柱");
    }

    @Test
    void aSingleColumnNeedsNoList() {
        ChartSpec spec = read("{type: line, x: 年月, y: ページビュー, series: サイト}");

        assertThat(spec.x()).containsExactly("年月");
        assertThat(spec.series()).contains("サイト");
        assertThat(spec.title()).isEmpty();
    }

    @Test
    void refusesWhatItCannotDrawNamingTheFileAndLine() {
        assertThatThrownBy(() -> read("{type: pie, x: 柱, y: 施策数}"))
                .hasMessage("t.yaml line 1: chart: unknown type 'pie'; use bar or line");
        assertThatThrownBy(() -> read("{type: bar, x: 柱, y: 施策数, colour: red}"))
                .hasMessageContaining("unknown key 'colour'");
        assertThatThrownBy(() -> read("{type: bar, x: 柱}"))
                .hasMessageContaining("at least one x and one y");
        assertThatThrownBy(() -> read("{type: line, x: 年月, y: [a, b], series: サイト}"))
                .hasMessageContaining("exactly one y column");
    }

    private static ChartSpec read(String yaml) {
        return ChartSpec.fromYaml(YamlBlock.parse("t.yaml", yaml));
    }
}
