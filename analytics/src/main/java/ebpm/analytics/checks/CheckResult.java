package ebpm.analytics.checks;

import java.util.List;

/**
 * What one data check found on a night's data.
 *
 * @param offending how many rows (for {@code unique}: keys) broke it
 * @param examples  a few of them, each as {@code column=value, …}
 */
public record CheckResult(DataCheck check, long offending, List<String> examples) {

    public CheckResult {
        examples = List.copyOf(examples);
    }

    public boolean passed() {
        return offending == 0;
    }

    /**
     * The summary line of a failed check, e.g. {@code check failed (error): ind_x unique (area_code, period): 1 key
     * held by more than one row, e.g. [area_code=140007, period=2020, rows_with_key=2]}.
     */
    public String summary() {
        String what = check.kind() == DataCheck.Kind.UNIQUE
                ? offending + (offending == 1 ? " key" : " keys") + " held by more than one row"
                : offending + (offending == 1 ? " row" : " rows");
        return "check failed (" + check.severity().label() + "): " + check.name() + ": " + what + ", e.g. "
                + String.join("; ", examples.stream().map(example -> "[" + example + "]").toList());
    }
}
