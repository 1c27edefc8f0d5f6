package ebpm.analytics.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A plan whose measures are reviewed every year: its years, the levels its measures are grouped by, the kinds of
 * indicator it sets, its evaluation legend and how its achievement rate is shown. Read from
 * {@code plans/<id>.yml} of the project (see {@link Plans}).
 *
 * @param id             the file's name, e.g. {@code ict-2019}
 * @param previous       the plan this one follows, whose last year its first year is compared with
 * @param kindColumn     the sheet column naming each row's indicator kind, where the plan has several kinds
 * @param origin         the file it was read from, for messages
 */
public record Plan(String id, String name, int firstYear, int lastYear, Optional<String> previous,
                   List<PlanLevel> levels, Optional<String> kindColumn, List<IndicatorKind> indicatorKinds,
                   List<LegendSymbol> legend, AchievementRateRule rateRule, String origin) {

    public Plan {
        levels = List.copyOf(levels);
        indicatorKinds = List.copyOf(indicatorKinds);
        legend = List.copyOf(legend);
    }

    public boolean covers(int fiscalYear) {
        return fiscalYear >= firstYear && fiscalYear <= lastYear;
    }

    /** The sheet columns that state a row's place in the plan: the levels', then the indicator kind's. */
    public List<String> levelColumns() {
        List<String> columns = new ArrayList<>(levels.stream().map(PlanLevel::column).toList());
        kindColumn.ifPresent(columns::add);
        return columns;
    }

    public Optional<IndicatorKind> kind(String name) {
        return indicatorKinds.stream().filter(kind -> kind.name().equals(name.strip())).findFirst();
    }

    public Optional<LegendSymbol> symbol(String symbol) {
        return legend.stream().filter(entry -> entry.symbol().equals(symbol)).findFirst();
    }

    /** As messages name it: {@code 神奈川県DX計画 (dx-2024, FY2024–FY2027)}. */
    public String shown() {
        return name + " (" + id + ", FY" + firstYear + "–FY" + lastYear + ")";
    }
}
