package ebpm.analytics.plan;

import java.util.List;

/**
 * One symbol of the evaluation legend (【「評価」欄の凡例】◎目標を上回った ○達成 △未達成 —指標未設定).
 *
 * @param result what it counts as: {@code exceeded} and {@code achieved} met the indicator, {@code not_achieved}
 *               did not; {@code not_set} (no indicator) is not counted in the achievement rate
 */
public record LegendSymbol(String symbol, String meaning, String result) {

    public static final List<String> RESULTS = List.of("exceeded", "achieved", "not_achieved", "not_set");

    public boolean counted() {
        return !"not_set".equals(result);
    }

    public boolean met() {
        return "exceeded".equals(result) || "achieved".equals(result);
    }
}
