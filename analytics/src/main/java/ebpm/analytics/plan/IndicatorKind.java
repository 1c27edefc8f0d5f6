package ebpm.analytics.plan;

/**
 * A kind of indicator a plan sets for its measures (第3章 2 進行管理 of the DX plan: one measuring progress during
 * the plan period, 過程指標, and one showing whether the intended outcome was reached, 成果指標).
 *
 * @param outcome whether it says if the intended outcome was reached: its rate is the plan's 成果指標達成率
 */
public record IndicatorKind(String name, String meaning, boolean outcome, int position) {
}
