package ebpm.jobs.measures;

/**
 * A target or actual value as the measure sheet states it, with the number read out when there is one.
 *
 * @param text      exactly as published (trimmed), e.g. {@code ５，０００人以上}
 * @param value     the number, negative for {@code ▲}/{@code -}; null when the text is not a number with a unit
 * @param unit      the unit after the number in half-width form, e.g. {@code 人}, {@code PV}, {@code %};
 *                  "" for a bare number; null when there is no number
 * @param qualifier {@code 以上}, {@code 以下}, {@code 未満}, {@code 以内} or {@code 超} after the number, else null
 * @param note      a trailing footnote marker such as {@code (※)} as published, else null
 */
public record Quantity(String text, Double value, String unit, String qualifier, String note) {

    public Quantity {
        if (value == null && (unit != null || qualifier != null)) {
            throw new IllegalArgumentException("unit and qualifier belong to a number: " + text);
        }
        if (value != null && unit == null) {
            throw new IllegalArgumentException("a number needs a unit, \"\" if bare: " + text);
        }
    }

    public boolean isNumber() {
        return value != null;
    }
}
