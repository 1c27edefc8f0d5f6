package ebpm.jobs.observations;

import ebpm.analytics.catalog.Model;
import ebpm.analytics.catalog.ModelCatalog;
import ebpm.jobs.landing.EditDistance;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The indicator codes of observations that some model of the project reads: the codes the models reading
 * {@code stg_observations} name ({@code indicator_code = 'tourism_visitors'}, {@code indicator_code IN (…)}), and the
 * catalog's own indicator codes. An observation of any other code counts nowhere, so its file gets a note naming the
 * codes that do (a misspelt code would otherwise land and be silently unused).
 */
public final class ObservedIndicators {

    private static final Pattern CONDITION = Pattern.compile(
            "indicator_code\\s*(=\\s*'[^']*'|IN\\s*\\([^)]*\\))", Pattern.CASE_INSENSITIVE);
    private static final Pattern LITERAL = Pattern.compile("'([^']*)'");

    private final Set<String> codes;

    private ObservedIndicators(Set<String> codes) {
        this.codes = codes;
    }

    static ObservedIndicators of(ModelCatalog catalog) {
        Set<String> codes = new TreeSet<>();
        for (Model model : catalog.models()) {
            model.indicator().ifPresent(indicator -> codes.add(indicator.code()));
            codes.addAll(selectedBy(model.sql()));
        }
        return new ObservedIndicators(codes);
    }

    /**
     * The indicator codes a query reading {@code stg_observations} selects ({@code indicator_code = 'x'},
     * {@code indicator_code IN ('x', 'y')}); none for a query that does not read it or selects no code.
     */
    public static Set<String> selectedBy(String sql) {
        Set<String> codes = new TreeSet<>();
        if (sql.contains("stg_observations")) {
            Matcher condition = CONDITION.matcher(sql);
            while (condition.find()) {
                Matcher literal = LITERAL.matcher(condition.group(1));
                while (literal.find()) {
                    codes.add(literal.group(1));
                }
            }
        }
        return codes;
    }

    boolean read(String code) {
        return codes.contains(code);
    }

    /** The code a misspelt one most likely means, e.g. measure_achievment_rate → measure_achievement_rate. */
    Optional<String> meant(String code) {
        return EditDistance.closest(code, codes, 3);
    }
}
