package ebpm.analytics.checks;

import ebpm.analytics.catalog.Layer;
import ebpm.analytics.catalog.Model;
import ebpm.analytics.engine.ValueStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The data checks a model declares in its YAML, with their severity. */
public final class DataChecks {

    private DataChecks() {
    }

    /**
     * The model's {@code unique} key, each {@code not_null} column and each {@code accepted_values} column; an
     * indicator model also accepts only its declared {@code period_type} and the statuses a value may have,
     * {@code 速報}, {@code 確報}, {@code 計算} ({@link ValueStatus}), unless its YAML lists the values itself.
     * Severity: the model's {@code checks: severity:}, else {@code error} for an indicator model (its values are
     * what consumers read) and {@code warn} for the others.
     */
    public static List<DataCheck> of(Model model) {
        Severity severity = model.checks().severity()
                .orElse(model.layer() == Layer.INDICATOR ? Severity.ERROR : Severity.WARN);
        List<DataCheck> checks = new ArrayList<>();
        if (!model.uniqueKey().isEmpty()) {
            checks.add(new DataCheck(model, DataCheck.Kind.UNIQUE, model.uniqueKey(), List.of(), severity));
        }
        for (String column : model.notNull()) {
            checks.add(new DataCheck(model, DataCheck.Kind.NOT_NULL, List.of(column), List.of(), severity));
        }
        Map<String, List<String>> accepted = new LinkedHashMap<>();
        model.indicator().ifPresent(indicator -> {
            accepted.put("period_type", List.of(indicator.periodType()));
            accepted.put(ValueStatus.COLUMN, ValueStatus.ALL);
        });
        accepted.putAll(model.checks().acceptedValues());
        accepted.forEach((column, values) -> checks.add(
                new DataCheck(model, DataCheck.Kind.ACCEPTED_VALUES, List.of(column), values, severity)));
        return checks;
    }
}
