package ebpm.analytics.catalog;

/**
 * What an indicator means, as stored in the indicator database for consumers.
 *
 * @param code           stable key, e.g. {@code measure_achievement_rate}
 * @param nameJa         the Japanese name planners read
 * @param unit           unit of the value, e.g. {@code %}, {@code 施策}
 * @param periodType     {@code FY}, {@code CY}, {@code MONTH} or {@code DAY}
 * @param higherIsBetter whether a larger value is an improvement
 */
public record IndicatorDefinition(String code, String nameJa, String unit, String periodType,
                                  boolean higherIsBetter) {
}
