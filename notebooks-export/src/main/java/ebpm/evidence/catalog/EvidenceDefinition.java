package ebpm.evidence.catalog;

import ebpm.evidence.chart.ChartSpec;
import ebpm.evidence.export.ColumnDeclaration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One evidence table of the catalog: the SQL that builds it and its sidecar definition.
 *
 * @param title    Japanese title planners read
 * @param models   the catalog models the SQL reads (its lineage)
 * @param decimals fixed decimals per double column as exported
 * @param chart    the chart drawn with the table, if the YAML declares one
 * @param origin   where its SQL was read: {@code built-in}, or the file in the office's project folder
 * @param columns  what the YAML's {@code columns:} declares of some columns (type, {@code decimals_from})
 */
public record EvidenceDefinition(String name, String title, String description, String grain, String sql,
                                 List<EvidenceParameter> parameters, List<String> models,
                                 Map<String, Integer> decimals, Optional<ChartSpec> chart, String origin,
                                 Map<String, ColumnDeclaration> columns) {

    public EvidenceDefinition {
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }

    /** A definition whose column types are all inferred. */
    public EvidenceDefinition(String name, String title, String description, String grain, String sql,
                              List<EvidenceParameter> parameters, List<String> models,
                              Map<String, Integer> decimals, Optional<ChartSpec> chart, String origin) {
        this(name, title, description, grain, sql, parameters, models, decimals, chart, origin, Map.of());
    }

    /** A built-in definition without a chart. */
    public EvidenceDefinition(String name, String title, String description, String grain, String sql,
                              List<EvidenceParameter> parameters, List<String> models,
                              Map<String, Integer> decimals) {
        this(name, title, description, grain, sql, parameters, models, decimals, Optional.empty(), "built-in");
    }

    /** The filters that must be given: a table with any cannot be built for its defaults alone (the nightly pack). */
    public List<EvidenceParameter> requiredParameters() {
        return parameters.stream().filter(EvidenceParameter::required).toList();
    }
}
