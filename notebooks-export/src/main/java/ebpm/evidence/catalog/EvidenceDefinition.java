package ebpm.evidence.catalog;

import java.util.List;
import java.util.Map;

/**
 * One evidence table of the catalog: the SQL that builds it and its sidecar definition.
 *
 * @param title    Japanese title planners read
 * @param models   the catalog models the SQL reads (its lineage)
 * @param decimals fixed decimals per double column as exported
 */
public record EvidenceDefinition(String name, String title, String description, String grain, String sql,
                                 List<EvidenceParameter> parameters, List<String> models,
                                 Map<String, Integer> decimals) {
}
