package ebpm.analytics.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * How a plan's achievement rate, (met) ÷ (counted) in percent, is shown: to how many decimals, rounded how. The
 * inspection reports did not all round alike — the ICT plan's FY2019 rates were published cut off (39/48 = 81.25 →
 * 81.2; 58/71 = 81.69 → 81.6), its FY2020 rates rounded half up (12/19 = 63.16 → 63.2) — so a year may differ.
 *
 * @param rounding       {@code half_up} (四捨五入) or {@code down} (切り捨て)
 * @param roundingByYear the years whose published rates were rounded otherwise
 */
public record AchievementRateRule(int decimals, String rounding, Map<Integer, String> roundingByYear) {

    public static final java.util.List<String> ROUNDINGS = java.util.List.of("half_up", "down");

    public AchievementRateRule {
        roundingByYear = Map.copyOf(roundingByYear);
    }

    public String roundingIn(int fiscalYear) {
        return roundingByYear.getOrDefault(fiscalYear, rounding);
    }

    /** The rate as the plan's report of that year shows it. */
    public double shown(int fiscalYear, long met, long counted) {
        BigDecimal rate = BigDecimal.valueOf(100L * met).divide(BigDecimal.valueOf(counted), 10, RoundingMode.HALF_UP);
        return rate.setScale(decimals, "down".equals(roundingIn(fiscalYear)) ? RoundingMode.DOWN : RoundingMode.HALF_UP)
                .doubleValue();
    }
}
