package ebpm.analytics.plan;

import java.util.List;
import java.util.Optional;

/**
 * One level of a plan's hierarchy (柱, 中柱, 分野; 区分, 施策分野/取組事項) and the sheet column that states it.
 *
 * @param values the allowed values in display order; empty where any non-empty text is allowed (the ICT plan's
 *               21 分野, whose wording varies between the years' sheets)
 */
public record PlanLevel(String name, String column, CodeMatch match, List<PlanValue> values) {

    public PlanLevel {
        values = List.copyOf(values);
    }

    public boolean open() {
        return values.isEmpty();
    }

    /** The value a cell names under the value one level up ({@code parent} empty at the top level). */
    public Optional<PlanValue> find(String cell, Optional<String> parent) {
        Optional<String> code = match.codeIn(cell);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        String text = cell.strip();
        return allowedUnder(parent).stream()
                .filter(value -> value.code().equals(code.get())
                        || match == CodeMatch.WHOLE && value.label().equals(text))
                .findFirst();
    }

    /** The values allowed below the value one level up, in display order. */
    public List<PlanValue> allowedUnder(Optional<String> parent) {
        return values.stream().filter(value -> value.within().isEmpty() || value.within().equals(parent)).toList();
    }
}
