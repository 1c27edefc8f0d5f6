package ebpm.evidence.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class ChartRendererTest {

    private static final ChartSpec RATES = new ChartSpec(ChartSpec.Type.GROUPED_BAR, List.of("柱", "中柱"),
            List.of("達成率(%)", "前年度達成率(%)"), Optional.empty(), Map.of("中柱", List.of("小計", "")), "");

    @Test
    void theBundledFontHasAGlyphForEveryJapaneseLabel() {
        var labels = ChartRenderer.labels(achievement(), RATES, "施策の成果指標達成状況（柱・中柱別） 令和2年度");

        assertThat(labels).contains("Ⅰ 暮らしの情報化 小計", "Ⅱ 行政の情報化 小計", "合計", "達成率(%)",
                "前年度達成率(%)", "柱・中柱", "施策の成果指標達成状況（柱・中柱別） 令和2年度");
        for (String label : labels) {
            assertThat(JapaneseFont.firstMissingGlyph(label)).as(label).isEqualTo(-1);
        }
        assertThat(JapaneseFont.firstMissingGlyph("観光かながわNOW ①②③ ◎○△▲ ※ 令和")).isEqualTo(-1);
    }

    @Test
    void drawsJapaneseTextAsGlyphsNotEmptyBoxes() {
        // A missing glyph draws the same box for every character; real glyphs differ from each other.
        BufferedImage kanji = drawn("達");
        BufferedImage kana = drawn("の");
        assertThat(inkPixels(kanji)).isGreaterThan(40);
        assertThat(inkPixels(kana)).isGreaterThan(20);
        assertThat(differentPixels(kanji, kana)).isGreaterThan(40);
    }

    @Test
    void rendersABarChartOfTheRowsItSelects() throws IOException {
        byte[] png = ChartRenderer.png(achievement(), RATES, "達成状況", Map.of("達成率(%)", 1));

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(960);
        assertThat(inkPixels(image)).isGreaterThan(5_000);
        var dataset = ChartRenderer.dataset(achievement(), RATES);
        assertThat(dataset.getColumnKeys()).containsExactly("Ⅰ 暮らしの情報化 小計", "Ⅱ 行政の情報化 小計", "合計");
        assertThat(dataset.getRowKeys()).containsExactly("達成率(%)", "前年度達成率(%)");
        assertThat(dataset.getValue("前年度達成率(%)", "合計")).isEqualTo(81.6);
        assertThat(ChartRenderer.horizontal(achievement(), RATES)).isTrue();
    }

    @Test
    void drawsOneLinePerSeriesForLongTables() throws IOException {
        var views = Table.create("views",
                StringColumn.create("年月", "2020-04", "2020-04", "2020-05", "2020-05"),
                StringColumn.create("サイト", "観光かながわNOW", "インバウンド", "観光かながわNOW", "インバウンド"),
                IntColumn.create("ページビュー", 120_000, 30_000, 150_000, 32_000));
        var spec = new ChartSpec(ChartSpec.Type.LINE, List.of("年月"), List.of("ページビュー"), Optional.of("サイト"),
                Map.of(), "月別ページビュー");

        var dataset = ChartRenderer.dataset(views, spec);
        assertThat(dataset.getRowKeys()).containsExactly("観光かながわNOW", "インバウンド");
        assertThat(dataset.getValue("インバウンド", "2020-05")).isEqualTo(32_000.0);
        assertThat(ChartRenderer.horizontal(views, spec)).isFalse();
        assertThat(ImageIO.read(new ByteArrayInputStream(ChartRenderer.png(views, spec, "", Map.of()))).getHeight())
                .isEqualTo(540);
    }

    @Test
    void refusesRowsThatWouldDrawOnTopOfEachOther() {
        var spec = new ChartSpec(ChartSpec.Type.BAR, List.of("中柱"), List.of("達成率(%)"), Optional.empty(),
                Map.of("中柱", List.of("小計")), "");

        assertThatThrownBy(() -> ChartRenderer.png(achievement(), spec, "達成状況", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("repeat the category '小計'");
    }

    @Test
    void drawsTheIntervalAroundTheBarsOfOneColumnAndScalesTheAxisToIt() throws IOException {
        var summary = Table.create("support",
                IntColumn.create("年度", 2019, 2020),
                DoubleColumn.create("支援あり", 5.99, 4.12),
                DoubleColumn.create("支援なし", 3.04, 2.59),
                DoubleColumn.create("差", 2.95, 1.53),
                DoubleColumn.create("下限", -20.73, -0.03),
                DoubleColumn.create("上限", 26.63, 3.09));
        var spec = new ChartSpec(ChartSpec.Type.GROUPED_BAR, List.of("年度"), List.of("支援あり", "支援なし", "差"),
                Optional.empty(), Map.of(), "", Optional.of(new ChartSpec.ErrorBars("差", "下限", "上限")));

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(ChartRenderer.png(summary, spec, "差", Map.of())));
        BufferedImage without = ImageIO.read(new ByteArrayInputStream(ChartRenderer.png(summary,
                new ChartSpec(spec.type(), spec.x(), spec.y(), spec.series(), spec.only(), ""), "差", Map.of())));
        // The interval (-20.73 … 26.63) stretches the axis: the bars, drawn to scale, take fewer pixels.
        assertThat(differentPixels(image, without)).isGreaterThan(5_000);
        assertThat(ChartRenderer.dataset(summary, spec).getRowKeys()).containsExactly("支援あり", "支援なし", "差");
    }

    @Test
    void aSeriesColumnWithSeveralYColumnsNamesEachLineByBoth() {
        var trend = Table.create("trend",
                StringColumn.create("年月", "2022-04", "2022-05", "2022-04", "2022-05"),
                StringColumn.create("サイト", "A", "A", "B", "B"),
                IntColumn.create("表示回数", 10, 12, 20, 22),
                DoubleColumn.create("移動平均", Double.NaN, 11, Double.NaN, Double.NaN));
        var spec = new ChartSpec(ChartSpec.Type.LINE, List.of("年月"), List.of("表示回数", "移動平均"),
                Optional.of("サイト"), Map.of(), "");

        ChartData data = ChartData.of(trend, spec);

        // B's moving average has no value at all, so it is left out rather than drawn as an empty legend entry.
        assertThat(data.series()).extracting(ChartData.Series::name)
                .containsExactly("A 表示回数", "A 移動平均", "B 表示回数");
        assertThat(data.categories()).containsExactly("2022-04", "2022-05");
        assertThat(data.series().get(2).rows()).containsExactly(2, 3);
        assertThat(data.series().get(1).value(trend, 0)).isEmpty();
    }

    @Test
    void aBarChartWithSeriesDrawsOneBarPerCategoryColouredBySeries() {
        var pages = Table.create("pages",
                StringColumn.create("サイト", "A", "A", "B"),
                StringColumn.create("タイトル", "トップ", "箱根", "トップ"),
                IntColumn.create("表示回数", 30, 20, 50));
        var byTitle = new ChartSpec(ChartSpec.Type.BAR, List.of("タイトル"), List.of("表示回数"),
                Optional.of("サイト"), Map.of(), "");

        assertThatThrownBy(() -> ChartData.of(pages, byTitle))
                .hasMessageContaining("one bar per category, but 'トップ' has values for [A, B]");
        var bySiteAndTitle = new ChartSpec(ChartSpec.Type.BAR, List.of("サイト", "タイトル"), List.of("表示回数"),
                Optional.of("サイト"), Map.of(), "");
        assertThat(ChartData.of(pages, bySiteAndTitle).categories()).containsExactly("A トップ", "A 箱根", "B トップ");
    }

    private static Table achievement() {
        var last = DoubleColumn.create("前年度達成率(%)", Double.NaN, 81.2, Double.NaN, 82.6, 81.6);
        return Table.create("achievement",
                StringColumn.create("柱", "Ⅰ 暮らしの情報化", "Ⅰ 暮らしの情報化", "Ⅱ 行政の情報化", "Ⅱ 行政の情報化", "合計"),
                StringColumn.create("中柱", "① ICT及びデータを活用した県民サービスの提供", "小計",
                        "① 行政事務の更なる電子化の推進", "小計", ""),
                DoubleColumn.create("達成率(%)", 63.0, 72.7, 62.5, 63.2, 69.8),
                last);
    }

    private static BufferedImage drawn(String text) {
        BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(java.awt.Color.WHITE);
        graphics.fillRect(0, 0, 64, 64);
        graphics.setColor(java.awt.Color.BLACK);
        graphics.setFont(JapaneseFont.regular(48f));
        graphics.drawString(text, 4, 52);
        graphics.dispose();
        return image;
    }

    private static int inkPixels(BufferedImage image) {
        int ink = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    ink++;
                }
            }
        }
        return ink;
    }

    private static int differentPixels(BufferedImage a, BufferedImage b) {
        int different = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    different++;
                }
            }
        }
        return different;
    }
}
