package ebpm.jobs.measures;

import static ebpm.jobs.measures.MeasureSheetSource.*;

import ebpm.analytics.lake.LakeTable;
import ebpm.analytics.lake.LakeTables;
import ebpm.analytics.period.FiscalYear;
import ebpm.analytics.plan.CodeMatch;
import ebpm.analytics.plan.IndicatorKind;
import ebpm.analytics.plan.LegendSymbol;
import ebpm.analytics.plan.Plan;
import ebpm.analytics.plan.PlanLevel;
import ebpm.analytics.plan.PlanValue;
import ebpm.analytics.plan.Plans;
import ebpm.jobs.landing.HeaderIndex;
import ebpm.jobs.landing.LandingFileException;
import ebpm.jobs.landing.MappedRow;
import ebpm.jobs.landing.RejectedRowException;
import ebpm.jobs.landing.RowMapper;
import ebpm.jobs.landing.TabularRow;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Validates one row of a measure sheet against its plan (the levels and values it allows, its indicator kinds and
 * legend) and splits it into one lake row per indicator, with each target and actual parsed into a number and unit
 * where it is one (the published text is kept beside it).
 */
final class MeasureRowMapper implements RowMapper {

    private static final LakeTable TABLE = LakeTables.MEASURES;
    /** The lake keeps a row's levels as written in pillar, mid_pillar and field, whatever the plan calls them. */
    private static final List<String> LEVEL_TEXT_COLUMNS = List.of("pillar", "mid_pillar", "field");
    private static final List<String> LEVEL_CODE_COLUMNS = List.of("level_1_code", "level_2_code", "level_3_code");
    private static final Pattern NUMBER_TEXT = Pattern.compile("\\d{1,4}");

    private final Path file;
    private final HeaderIndex columns;
    private final Plans plans;
    /**
     * Measure key → line where it was first seen, to reject a second row for the same measure and indicator kind.
     * The key is the one stg_measures uses: each level's code (Ⅰ, ①), not the label text around it.
     */
    private final Map<List<Object>, Long> seen = new HashMap<>();

    /** The sheet's one fiscal year, learnt in the first pass over the file. */
    private final SheetFiscalYear sheetYear = new SheetFiscalYear();
    /** The plans the sheet's 計画 column names, with their rows, in the order first named. */
    private final Map<String, Integer> namedPlans = new LinkedHashMap<>();
    private final Map<Integer, Plan> planOfYear = new HashMap<>();

    MeasureRowMapper(Path file, HeaderIndex columns, Plans plans) {
        this.file = file;
        this.columns = columns;
        this.plans = plans;
    }

    /** A sheet is small (tens of rows): reading it twice to learn its fiscal year first costs nothing. */
    @Override
    public boolean surveysFirst() {
        return true;
    }

    @Override
    public void survey(TabularRow row) {
        FiscalYear.parse(cell(row, FISCAL_YEAR)).ifPresent(sheetYear::count);
        String plan = cell(row, PLAN);
        if (!plan.isEmpty()) {
            namedPlans.merge(plan, 1, Integer::sum);
        }
    }

    @Override
    public List<MappedRow> map(TabularRow row) {
        int fiscalYear = FiscalYear.parse(cell(row, FISCAL_YEAR)).orElseThrow(() -> reject(FISCAL_YEAR,
                "'" + cell(row, FISCAL_YEAR) + "' is not a fiscal year (write 2020 or 令和2年度)"));
        rejectOtherYear(fiscalYear);
        Plan plan = planOfYear.computeIfAbsent(sheetYear.year().orElse(fiscalYear), this::planOf);

        List<String> texts = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        Optional<String> parent = Optional.empty();
        for (PlanLevel level : plan.levels()) {
            String text = columns.required(row, level.column());
            if (level.match() == CodeMatch.NUMERAL) {
                text = RomanNumerals.inPillar(text);
            }
            texts.add(text);
            if (level.open()) {
                codes.add(null);
                parent = Optional.of(text);
                continue;
            }
            PlanValue value = level.find(text, parent).orElseThrow(rejectValue(plan, level, row, parent));
            codes.add(value.code());
            parent = Optional.of(value.code());
        }
        int number = measureNumber(row);
        String measure = columns.required(row, MEASURE);
        String kind = indicatorKind(plan, row);
        String evaluation = evaluation(plan, row);
        List<Object> key = new ArrayList<>(List.of(fiscalYear));
        for (int i = 0; i < texts.size(); i++) {
            key.add(codes.get(i) != null ? codes.get(i) : texts.get(i));
        }
        key.addAll(List.of(number, kind));
        rejectDuplicate(row, key, "年度 " + fiscalYear + ", " + String.join(" ", texts) + " 番号 " + number
                + (plan.kindColumn().isPresent() ? " " + kind : ""));

        List<String> indicators = MeasureCellParser.splitIndicators(cell(row, INDICATOR));
        List<String> targets = MeasureCellParser.splitIndicators(cell(row, TARGET));
        List<String> actuals = MeasureCellParser.splitIndicators(cell(row, ACTUAL));
        int count = Math.max(1, Math.max(indicators.size(), Math.max(targets.size(), actuals.size())));
        List<MappedRow> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Object[] values = new Object[TABLE.columns().size()];
            for (int level = 0; level < LEVEL_TEXT_COLUMNS.size(); level++) {
                set(values, LEVEL_TEXT_COLUMNS.get(level), level < texts.size() ? texts.get(level) : "");
                set(values, LEVEL_CODE_COLUMNS.get(level), level < codes.size() ? codes.get(level) : null);
            }
            set(values, "plan_id", plan.id());
            set(values, "indicator_kind", kind);
            set(values, "measure_no", number);
            set(values, "measure_name", measure);
            set(values, "department", columns.optional(row, DEPARTMENT));
            set(values, "indicator_no", i + 1);
            set(values, "indicator_count", count);
            set(values, "indicator_text", part(indicators, i));
            setQuantity(values, "target", part(targets, i));
            setQuantity(values, "actual", part(actuals, i));
            set(values, "evaluation", evaluation);
            set(values, "reason", columns.optional(row, REASON));
            rows.add(new MappedRow(fiscalYear, values));
        }
        return rows;
    }

    /**
     * The plan of the sheet: the one its 計画 column names most, else the one whose years hold its fiscal year. A
     * sheet no plan takes, or whose header lacks its plan's columns, is refused whole: none of its rows could be
     * placed.
     */
    private Plan planOf(int fiscalYear) {
        Plan plan;
        if (!namedPlans.isEmpty()) {
            String named = namedPlans.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            plan = plans.named(named).orElseThrow(() -> new LandingFileException(file, PLAN + " '" + named
                    + "' names no plan of the project; plans: " + plans.yearsCovered()));
        } else {
            plan = plans.covering(fiscalYear).orElseThrow(() -> new LandingFileException(file, "FY" + fiscalYear
                    + " is in no plan of the project (" + plans.yearsCovered() + "): add plans/<id>.yml for it, "
                    + "or name the plan in a " + PLAN + " column"));
        }
        List<String> missing = plan.levelColumns().stream().filter(column -> !columns.has(column)).toList();
        if (!missing.isEmpty()) {
            throw new LandingFileException(file, "a sheet of FY" + fiscalYear + " belongs to " + plan.shown()
                    + ", whose sheet has the columns " + String.join(",", MeasureSheetSource.columns(plan))
                    + "; this one lacks " + String.join(", ", missing));
        }
        return plan;
    }

    private java.util.function.Supplier<RejectedRowException> rejectValue(Plan plan, PlanLevel level, TabularRow row,
                                                                          Optional<String> parent) {
        return () -> reject(level.column(), "'" + cell(row, level.column()) + "' is not a " + level.name() + " of "
                + plan.name() + parent.map(code -> " under " + code).orElse("") + "; allowed: "
                + level.allowedUnder(parent).stream().map(PlanValue::shown).collect(Collectors.joining(", ")));
    }

    /** The row's indicator kind: the kind column's, or the plan's one kind where its sheet has no such column. */
    private String indicatorKind(Plan plan, TabularRow row) {
        if (plan.kindColumn().isEmpty()) {
            return plan.indicatorKinds().get(0).name();
        }
        String column = plan.kindColumn().get();
        String text = columns.required(row, column);
        return plan.kind(text).map(IndicatorKind::name).orElseThrow(() -> reject(column, "'" + text
                + "' is not an indicator kind of " + plan.name() + "; allowed: " + plan.indicatorKinds().stream()
                .map(IndicatorKind::name).collect(Collectors.joining(", "))));
    }

    /** A symbol of the plan's legend (look-alikes read as the symbol meant), or blank: finished in an earlier year. */
    private String evaluation(Plan plan, TabularRow row) {
        String text = cell(row, EVALUATION);
        return Evaluation.parse(text)
                .filter(symbol -> symbol.isEmpty() || plan.symbol(symbol).isPresent())
                .orElseThrow(() -> reject(EVALUATION, "unknown symbol '" + text + "' (expected "
                        + plan.legend().stream().map(LegendSymbol::symbol).collect(Collectors.joining(" "))
                        + " or blank)"));
    }

    /**
     * A sheet speaks for one fiscal year: a row of another year (copied from last year's sheet) would otherwise
     * replace that year's measures, so it is rejected and the other year stays as it was.
     */
    private void rejectOtherYear(int fiscalYear) {
        Optional<Integer> year = sheetYear.year();
        if (year.isPresent() && year.get() != fiscalYear) {
            throw reject(FISCAL_YEAR, fiscalYear + " is not this sheet's fiscal year " + year.get()
                    + " (the year most of its rows state); a row of another year belongs in that year's sheet");
        }
    }

    private int measureNumber(TabularRow row) {
        String text = Normalizer.normalize(columns.required(row, NUMBER), Normalizer.Form.NFKC);
        if (!NUMBER_TEXT.matcher(text).matches()) {
            throw reject(NUMBER, "'" + cell(row, NUMBER) + "' is not a measure number");
        }
        return Integer.parseInt(text);
    }

    private void rejectDuplicate(TabularRow row, List<Object> key, String measure) {
        Long first = seen.putIfAbsent(key, row.lineNumber());
        if (first != null) {
            throw new RejectedRowException("duplicate measure: " + measure + " is already on line " + first);
        }
    }

    private static void setQuantity(Object[] values, String prefix, String text) {
        set(values, prefix + "_text", text);
        if (text == null) {
            return;
        }
        Quantity quantity = MeasureCellParser.parse(text);
        set(values, prefix + "_value", quantity.value());
        set(values, prefix + "_unit", quantity.unit());
        set(values, prefix + "_qualifier", quantity.qualifier());
    }

    private static void set(Object[] values, String column, Object value) {
        values[TABLE.indexOf(column)] = value;
    }

    private static String part(List<String> parts, int index) {
        return index < parts.size() ? parts.get(index) : null;
    }

    private String cell(TabularRow row, String column) {
        return columns.cell(row, column);
    }

    private static RejectedRowException reject(String column, String reason) {
        return new RejectedRowException(column + ": " + reason);
    }
}
