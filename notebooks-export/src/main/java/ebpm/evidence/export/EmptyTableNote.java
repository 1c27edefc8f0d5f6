package ebpm.evidence.export;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * What an empty table says instead of rows, so a planner reads why there is nothing: the filters it was asked for,
 * e.g. {@code 年度 2021（令和3年度）のデータはまだありません}.
 */
final class EmptyTableNote {

    private static final String ALL = "すべて";

    private EmptyTableNote() {
    }

    static String of(EvidenceDocument doc) {
        Map<String, String> filters = doc.recipe().map(QueryRecipe::filters).orElse(Map.of());
        String asked = filters.entrySet().stream()
                .filter(filter -> !ALL.equals(filter.getValue()))
                .map(filter -> filter.getKey() + " " + filter.getValue())
                .collect(Collectors.joining("、"));
        return (asked.isEmpty() ? "" : asked + "の") + "データはまだありません";
    }
}
