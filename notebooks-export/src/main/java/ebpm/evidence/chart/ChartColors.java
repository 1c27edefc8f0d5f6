package ebpm.evidence.chart;

import java.awt.Color;

/** The series colours of every chart, the PNG and the Excel chart alike: distinct in print and to most eyes. */
public final class ChartColors {

    private static final Color[] SERIES = {
        new Color(0x1f5fa8), new Color(0xe08a1e), new Color(0x3a9a5b), new Color(0xc0392b),
        new Color(0x7d5ba6), new Color(0x8c6d46), new Color(0x2c9fb3), new Color(0x7f7f7f)};

    private ChartColors() {
    }

    /** The colour of series {@code index} (0-based), repeating after eight. */
    public static Color of(int index) {
        return SERIES[index % SERIES.length];
    }
}
