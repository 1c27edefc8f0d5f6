package ebpm.jobs.measures;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The one fiscal year a measure sheet states: the year most of its rows state, on a tie the one stated first. A
 * sheet copied from last year's keeps a stray row of that year now and then; counting keeps such a row from
 * deciding which year the sheet speaks for.
 */
final class SheetFiscalYear {

    /** Rows per year, in the order the years first appear. */
    private final Map<Integer, Integer> rows = new LinkedHashMap<>();

    void count(int fiscalYear) {
        rows.merge(fiscalYear, 1, Integer::sum);
    }

    /** Empty until a row with a readable year was counted. */
    Optional<Integer> year() {
        Integer year = null;
        int most = 0;
        for (Map.Entry<Integer, Integer> entry : rows.entrySet()) {
            if (entry.getValue() > most) {
                year = entry.getKey();
                most = entry.getValue();
            }
        }
        return Optional.ofNullable(year);
    }
}
