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
                type: grouped_bar
                title: 達成率の前年度比較
                x: [柱, 中柱]
                y: [達成率(%), 前年度達成率(%)]
                only: {中柱: [小計, ""]}
                """);

        assertThat(spec).isEqualTo(new ChartSpec(ChartSpec.Type.GROUPED_BAR, List.of("柱", "中柱"),
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
    void readsErrorBarsAroundOneColumnsBars() {
        ChartSpec spec = read("""
                type: grouped_bar
                x: 年度
                y: [支援あり平均改善率(%), 支援なし平均改善率(%), 差(pt)]
                error_bars: {y: 差(pt), low: 95%信頼区間下限(pt), high: 95%信頼区間上限(pt)}
                """);

        assertThat(spec.errorBars()).contains(new ChartSpec.ErrorBars("差(pt)", "95%信頼区間下限(pt)",
                "95%信頼区間上限(pt)"));
        assertThat(spec.numberColumns()).containsExactly("支援あり平均改善率(%)", "支援なし平均改善率(%)", "差(pt)",
                "95%信頼区間下限(pt)", "95%信頼区間上限(pt)");
        assertThat(spec.columns()).contains("95%信頼区間下限(pt)", "95%信頼区間上限(pt)");
    }

    @Test
    void aSeriesColumnMayDrawSeveralYColumns() {
        ChartSpec spec = read("{type: line, x: 年月, y: [表示回数, 12か月移動平均], series: サイト}");

        assertThat(spec.y()).containsExactly("表示回数", "12か月移動平均");
    }

    @Test
    void refusesWhatItCannotDrawNamingTheFileAndLine() {
        assertThatThrownBy(() -> read("{type: pie, x: 柱, y: 施策数}"))
                .hasMessage("t.yaml line 1: chart: unknown type 'pie'; use line, bar or grouped_bar");
        assertThatThrownBy(() -> read("{type: bar, x: 柱, y: 施策数, colour: red}"))
                .hasMessageContaining("unknown key 'colour'");
        assertThatThrownBy(() -> read("{type: bar, x: 柱}"))
                .hasMessageContaining("at least one x and one y");
        assertThatThrownBy(() -> read("{type: bar, x: 柱, y: [a, b]}"))
                .hasMessageContaining("type bar draws one y column, not [a, b]; use grouped_bar");
        assertThatThrownBy(() -> read("{type: grouped_bar, x: 柱, y: a}"))
                .hasMessageContaining("grouped_bar needs several y columns or a series column; use bar");
        assertThatThrownBy(() -> read("{type: line, x: 年度, y: 差, error_bars: {y: 差, low: l, high: h}}"))
                .hasMessageContaining("error_bars are drawn on bars; for a line chart add l and h to y");
        assertThatThrownBy(() -> read("{type: bar, x: 年度, y: 差, error_bars: {y: 率, low: l, high: h}}"))
                .hasMessageContaining("error_bars y 率 is not one of y [差]");
        assertThatThrownBy(() -> read("{type: bar, x: 年度, y: 差, error_bars: {y: 差, low: l, hi: h}}"))
                .hasMessageContaining("unknown key 'hi'");
    }

    private static ChartSpec read(String yaml) {
        return ChartSpec.fromYaml(YamlBlock.parse("t.yaml", yaml));
    }
}
