package ebpm.analytics.engine;

import java.util.List;

/**
 * Whether a stored value is a figure as someone published it, preliminary (速報) or final (確報), or one ebpm
 * computed from landed rows (計算). An indicator model may return it in a column {@value #COLUMN}; a model that does
 * not, or a row where it is NULL, computed its values. The words are what {@code indicator_value.value_status} holds
 * and what planners read in the evidence tables.
 */
public final class ValueStatus {

    /** The optional column of an indicator model that states its values' status. */
    public static final String COLUMN = "value_status";

    public static final String PRELIMINARY = "速報";
    public static final String FINAL = "確報";
    public static final String COMPUTED = "計算";

    /** Every status a value may have: an indicator model's {@value #COLUMN} is checked against these. */
    public static final List<String> ALL = List.of(PRELIMINARY, FINAL, COMPUTED);

    private ValueStatus() {
    }

    /** The status a model's row states, or {@link #COMPUTED} where it states none. */
    public static String orComputed(String stated) {
        return stated == null ? COMPUTED : stated;
    }
}
