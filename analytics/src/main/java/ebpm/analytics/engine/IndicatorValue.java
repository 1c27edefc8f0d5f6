package ebpm.analytics.engine;

/**
 * One computed value of an indicator, keyed by area, breakdown and period.
 *
 * @param areaCode   6-digit local government code; the prefecture itself is 140007
 * @param breakdown  the sub-group the value describes, e.g. {@code 全体}, {@code Ⅰ}, {@code Ⅰ①}
 * @param periodType {@code FY}, {@code CY}, {@code MONTH} or {@code DAY}
 * @param period     e.g. {@code 2020} for FY2020, {@code 2020-04} for a month
 * @param target     the target for the same key where one is set, else null
 * @param status     {@code 速報} or {@code 確報} for a figure as published, {@code 計算} for one computed from landed
 *                   rows ({@link ValueStatus})
 */
public record IndicatorValue(String indicatorCode, String areaCode, String breakdown, String periodType,
                             String period, Double value, Double target, String status) {

    /** A value computed from landed rows ({@code 計算}), as most indicators' are. */
    public IndicatorValue(String indicatorCode, String areaCode, String breakdown, String periodType, String period,
                          Double value, Double target) {
        this(indicatorCode, areaCode, breakdown, periodType, period, value, target, ValueStatus.COMPUTED);
    }
}
