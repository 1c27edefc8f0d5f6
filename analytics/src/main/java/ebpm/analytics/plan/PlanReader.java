package ebpm.analytics.plan;

import ebpm.analytics.project.ProjectFile;
import ebpm.analytics.project.YamlBlock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads one {@code plans/<id>.yml} strictly: unknown keys refused, every error naming the file and line. */
final class PlanReader {

    private static final List<String> KEYS = List.of("name", "fiscal_years", "previous", "levels",
            "indicator_kinds", "legend", "achievement_rate");

    private PlanReader() {
    }

    static Plan read(String id, ProjectFile file) {
        YamlBlock yaml = YamlBlock.parse(file.origin(), file.text()).allowOnly(KEYS);
        YamlBlock years = yaml.block("fiscal_years").allowOnly(List.of("first", "last"));
        int first = years.integer("first", 0);
        int last = years.integer("last", 0);
        if (first < 1989 || last < first) {
            throw yaml.error("fiscal_years", "fiscal_years needs first and last, first ≤ last (e.g. {first: 2024, "
                    + "last: 2027}), not " + first + "–" + last);
        }
        List<PlanLevel> levels = levels(yaml);
        YamlBlock kinds = yaml.block("indicator_kinds").allowOnly(List.of("column", "kinds"));
        List<IndicatorKind> indicatorKinds = kinds(kinds);
        Optional<String> kindColumn = kinds.optionalText("column");
        if (indicatorKinds.size() > 1 && kindColumn.isEmpty()) {
            throw kinds.error("kinds", "a plan with " + indicatorKinds.size() + " indicator kinds names the sheet "
                    + "column that states each row's kind (column: 指標区分)");
        }
        return new Plan(id, yaml.text("name"), first, last, yaml.optionalText("previous"), levels, kindColumn,
                indicatorKinds, legend(yaml), rateRule(yaml.block("achievement_rate")), file.origin());
    }

    private static List<PlanLevel> levels(YamlBlock yaml) {
        List<PlanLevel> levels = new ArrayList<>();
        Set<String> columns = new HashSet<>();
        for (YamlBlock level : yaml.blockList("levels")) {
            level.allowOnly(List.of("name", "column", "match", "values"));
            String column = level.text("column");
            if (!columns.add(column)) {
                throw level.error("column", "column " + column + " is given to two levels");
            }
            String matchName = level.optionalText("match").orElse("whole");
            CodeMatch match = CodeMatch.named(matchName).orElseThrow(() -> level.error("match", "match '"
                    + matchName + "' is none of numeral, leading, whole"));
            levels.add(new PlanLevel(level.text("name"), column, match,
                    values(level, levels.isEmpty() ? null : levels.get(levels.size() - 1))));
        }
        if (levels.isEmpty() || levels.size() > 3) {
            throw yaml.error("levels", "a plan has one to three levels (levels: - {name: 柱, column: 柱, …}); "
                    + "the lake keeps three");
        }
        return levels;
    }

    private static List<PlanValue> values(YamlBlock level, PlanLevel parent) {
        List<PlanValue> values = new ArrayList<>();
        Map<String, Integer> positions = new LinkedHashMap<>();
        for (YamlBlock value : level.blockList("values")) {
            value.allowOnly(List.of("code", "label", "within"));
            String label = value.text("label");
            String code = value.optionalText("code").orElse(label);
            Optional<String> within = value.optionalText("within");
            if (parent == null && within.isPresent()) {
                throw value.error("within", "the top level has no level above it to be within");
            }
            if (parent != null && !parent.open() && within.isEmpty()) {
                throw value.error("code", code + " needs within: the code of the " + parent.name() + " it belongs to");
            }
            within.ifPresent(up -> {
                if (parent.values().stream().noneMatch(p -> p.code().equals(up))) {
                    throw value.error("within", "within: " + up + " is no " + parent.name() + " of the plan ("
                            + String.join(", ", parent.values().stream().map(PlanValue::code).toList()) + ")");
                }
            });
            String key = within.orElse("") + "\u0000" + code;
            int position = positions.size() + 1;
            if (positions.putIfAbsent(key, position) != null) {
                throw value.error("code", code + " is given twice" + within.map(up -> " within " + up).orElse(""));
            }
            values.add(new PlanValue(code, label, within, position));
        }
        return values;
    }

    private static List<IndicatorKind> kinds(YamlBlock kinds) {
        List<IndicatorKind> result = new ArrayList<>();
        for (YamlBlock kind : kinds.blockList("kinds")) {
            kind.allowOnly(List.of("name", "meaning", "outcome"));
            String name = kind.text("name");
            if (result.stream().anyMatch(k -> k.name().equals(name))) {
                throw kind.error("name", "indicator kind " + name + " is given twice");
            }
            result.add(new IndicatorKind(name, kind.optionalText("meaning").orElse(""), kind.bool("outcome", false),
                    result.size() + 1));
        }
        if (result.isEmpty()) {
            throw kinds.error("kinds", "a plan sets at least one indicator kind (kinds: - {name: 成果指標, outcome: true})");
        }
        if (result.stream().filter(IndicatorKind::outcome).count() != 1) {
            throw kinds.error("kinds", "exactly one indicator kind is the outcome (outcome: true): its rate is the "
                    + "plan's 成果指標達成率");
        }
        return result;
    }

    private static List<LegendSymbol> legend(YamlBlock yaml) {
        List<LegendSymbol> legend = new ArrayList<>();
        for (YamlBlock entry : yaml.blockList("legend")) {
            entry.allowOnly(List.of("symbol", "meaning", "result"));
            String result = entry.text("result");
            if (!LegendSymbol.RESULTS.contains(result)) {
                throw entry.error("result", "result '" + result + "' is none of " + String.join(", ",
                        LegendSymbol.RESULTS));
            }
            legend.add(new LegendSymbol(entry.text("symbol"), entry.text("meaning"), result));
        }
        if (legend.stream().noneMatch(LegendSymbol::met) || legend.stream().noneMatch(s -> "not_achieved".equals(s.result()))) {
            throw yaml.error("legend", "the legend needs a symbol for met (result: achieved) and one for not met "
                    + "(result: not_achieved)");
        }
        return legend;
    }

    private static AchievementRateRule rateRule(YamlBlock rule) {
        rule.allowOnly(List.of("decimals", "rounding", "rounding_by_year"));
        int decimals = rule.integer("decimals", 1);
        if (decimals < 0 || decimals > 4) {
            throw rule.error("decimals", "decimals must be from 0 to 4, not " + decimals);
        }
        String rounding = rounding(rule, "rounding", rule.optionalText("rounding").orElse("half_up"));
        Map<Integer, String> byYear = new LinkedHashMap<>();
        rule.optionalBlock("rounding_by_year").ifPresent(years -> years.texts().forEach((year, how) -> {
            if (!year.matches("\\d{4}")) {
                throw years.error(year, "rounding_by_year is keyed by fiscal year (2019), not '" + year + "'");
            }
            byYear.put(Integer.parseInt(year), rounding(years, year, how));
        }));
        return new AchievementRateRule(decimals, rounding, byYear);
    }

    private static String rounding(YamlBlock block, String key, String how) {
        if (!AchievementRateRule.ROUNDINGS.contains(how)) {
            throw block.error(key, "rounding '" + how + "' is none of half_up (四捨五入), down (切り捨て)");
        }
        return how;
    }
}
