package ebpm.analytics.catalog;

import java.util.List;
import java.util.Optional;

/**
 * One SQL model of the catalog: its SQL (a single SELECT) and its sidecar definition.
 *
 * @param indicator present for indicator models, whose rows become indicator values
 * @param uniqueKey columns that together identify a row (checked by the catalog test)
 * @param notNull   columns that must never be null (checked by the catalog test)
 * @param computedPer a lake partition column ({@code fiscal_year}) when the model's rows of one partition value
 *                    come from the lake rows of that partition alone, so an engine may compute and keep them
 *                    partition by partition ({@code computed_per:} in the YAML)
 * @param origin    where its SQL was read: {@code built-in}, or the file in the office's project folder
 * @param checks    the {@code checks:} block of its YAML: the severity of its data checks, accepted values
 */
public record Model(String name, Layer layer, String description, String grain, String sql,
                    Optional<IndicatorDefinition> indicator, List<String> uniqueKey, List<String> notNull,
                    Optional<String> computedPer, String origin, CheckSettings checks) {

    /** The code of the indicator an indicator model computes; asking a staging or intermediate model is an error. */
    public String indicatorCode() {
        return indicator().orElseThrow(() -> new IllegalArgumentException(name + " is not an indicator model"))
                .code();
    }
}
