package ebpm.analytics.plan;

import static ebpm.analytics.lake.ColumnType.BOOLEAN;
import static ebpm.analytics.lake.ColumnType.LONG;
import static ebpm.analytics.lake.ColumnType.STRING;

import ebpm.analytics.lake.LakeColumn;
import ebpm.analytics.project.DefinitionException;
import ebpm.analytics.project.Project;
import ebpm.analytics.project.ProjectFile;
import ebpm.analytics.project.ReferenceTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The plans of the project, each {@code plans/<id>.yml} (built in: {@code ict-2019}, {@code dx-2024}). A measure
 * sheet belongs to the plan whose years hold its fiscal year, so no two plans share a year. The models read the
 * plans like seeds, as the views {@code plan_definitions}, {@code plan_years}, {@code plan_level_values},
 * {@code plan_indicator_kinds} and {@code plan_legend}, so a changed plan reaches all history on the next night.
 */
public final class Plans {

    public static final String FOLDER = "plans/";
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");

    private final List<Plan> plans;
    private final String sha256;

    private Plans(List<Plan> plans, String sha256) {
        this.plans = List.copyOf(plans);
        this.sha256 = sha256;
    }

    /** @throws DefinitionException naming the file, when a plan is wrong or two plans share a year */
    public static Plans load(Project project) {
        List<Plan> plans = new ArrayList<>();
        List<ProjectFile> files = project.files(FOLDER, ".yml");
        for (ProjectFile file : files) {
            String id = file.stem();
            if (!ID.matcher(id).matches() || file.path().indexOf('/', FOLDER.length()) >= 0) {
                throw new DefinitionException(file.origin() + ": a plan is named plans/<id>.yml with an id of "
                        + "lower-case letters, digits and - (e.g. dx-2024)");
            }
            plans.add(PlanReader.read(id, file));
        }
        plans.sort(Comparator.comparingInt(Plan::firstYear));
        for (int i = 1; i < plans.size(); i++) {
            Plan before = plans.get(i - 1);
            Plan plan = plans.get(i);
            if (plan.firstYear() <= before.lastYear()) {
                throw new DefinitionException(plan.origin() + ": FY" + plan.firstYear() + "–FY" + plan.lastYear()
                        + " overlaps " + before.shown() + "; a fiscal year's sheet belongs to one plan");
            }
        }
        for (Plan plan : plans) {
            plan.previous().ifPresent(previous -> {
                if (plans.stream().noneMatch(p -> p.id().equals(previous) && p.lastYear() < plan.firstYear())) {
                    throw new DefinitionException(plan.origin() + ": previous: " + previous + " is no plan that "
                            + "ended before FY" + plan.firstYear() + " (plans: " + ids(plans) + ")");
                }
            });
        }
        return new Plans(plans, project.fingerprint(files.stream().map(ProjectFile::path).toList()));
    }

    public List<Plan> all() {
        return plans;
    }

    public List<String> ids() {
        return plans.stream().map(Plan::id).toList();
    }

    public Optional<Plan> byId(String id) {
        return plans.stream().filter(plan -> plan.id().equals(id)).findFirst();
    }

    /** The plan a sheet names in its 計画 column: by id or by name. */
    public Optional<Plan> named(String text) {
        String name = text.strip();
        return plans.stream().filter(plan -> plan.id().equals(name) || plan.name().equals(name)).findFirst();
    }

    public Optional<Plan> covering(int fiscalYear) {
        return plans.stream().filter(plan -> plan.covers(fiscalYear)).findFirst();
    }

    /** The fingerprint of the plan files: a sheet rejected under other plans is read again. */
    public String sha256() {
        return sha256;
    }

    /** What a sheet of a year no plan covers is told. */
    public String yearsCovered() {
        return plans.stream().map(plan -> plan.id() + " FY" + plan.firstYear() + "–FY" + plan.lastYear())
                .collect(Collectors.joining(", "));
    }

    /** The plans as the views the models join. */
    public List<ReferenceTable> views() {
        return List.of(definitions(), years(), levelValues(), indicatorKinds(), legend());
    }

    private ReferenceTable definitions() {
        List<List<Object>> rows = new ArrayList<>();
        for (Plan plan : plans) {
            rows.add(Arrays.asList(plan.id(), plan.name(), (long) plan.firstYear(), (long) plan.lastYear(),
                    plan.previous().orElse(null), (long) plan.rateRule().decimals()));
        }
        return view("plan_definitions", "計画: 名称、期間、前の計画、達成率の小数桁", List.of(
                text("plan_id", true), text("name", true), number("first_fiscal_year"), number("last_fiscal_year"),
                text("previous_plan_id", false), number("rate_decimals")), rows);
    }

    /**
     * One row per plan and fiscal year, with the year it is compared with: the year before in the same plan, and for
     * a plan's first year the last year of the plan it follows.
     */
    private ReferenceTable years() {
        List<List<Object>> rows = new ArrayList<>();
        for (Plan plan : plans) {
            Optional<Plan> previous = plan.previous().flatMap(this::byId);
            for (int year = plan.firstYear(); year <= plan.lastYear(); year++) {
                boolean first = year == plan.firstYear();
                Object comparedYear = first ? previous.map(p -> (Object) (long) p.lastYear()).orElse(null)
                        : (Object) (long) (year - 1);
                Object comparedPlan = first ? previous.map(Plan::id).orElse(null) : plan.id();
                rows.add(Arrays.asList(plan.id(), (long) year, (long) (year - plan.firstYear() + 1), first,
                        year == plan.lastYear(), comparedYear, comparedPlan, plan.rateRule().roundingIn(year),
                        (long) plan.rateRule().decimals()));
            }
        }
        return view("plan_years", "計画の各年度: 何年目か、比べる年度（計画の初年度は前の計画の最終年度）、達成率の丸め方", List.of(
                text("plan_id", true), number("fiscal_year"), number("year_no"), flag("first_year"),
                flag("last_year"), new LakeColumn("compared_fiscal_year", LONG, false),
                text("compared_plan_id", false), text("rate_rounding", true), number("rate_decimals")), rows);
    }

    private ReferenceTable levelValues() {
        List<List<Object>> rows = new ArrayList<>();
        for (Plan plan : plans) {
            for (int level = 0; level < plan.levels().size(); level++) {
                PlanLevel planLevel = plan.levels().get(level);
                for (PlanValue value : planLevel.values()) {
                    rows.add(Arrays.asList(plan.id(), (long) level + 1, planLevel.name(), value.code(),
                            value.label(), value.within().orElse(null), (long) value.position()));
                }
            }
        }
        return view("plan_level_values", "計画の階層（柱・中柱、区分・施策分野/取組事項）の値と表示順", List.of(
                text("plan_id", true), number("level_no"), text("level_name", true), text("code", true),
                text("label", true), text("within_code", false), number("position")), rows);
    }

    private ReferenceTable indicatorKinds() {
        List<List<Object>> rows = new ArrayList<>();
        for (Plan plan : plans) {
            for (IndicatorKind kind : plan.indicatorKinds()) {
                rows.add(Arrays.asList(plan.id(), kind.name(), kind.meaning(), kind.outcome(),
                        (long) kind.position()));
            }
        }
        return view("plan_indicator_kinds", "計画の指標区分（過程指標・成果指標）", List.of(text("plan_id", true),
                text("indicator_kind", true), text("meaning", false), flag("outcome"), number("position")), rows);
    }

    private ReferenceTable legend() {
        List<List<Object>> rows = new ArrayList<>();
        for (Plan plan : plans) {
            for (LegendSymbol symbol : plan.legend()) {
                rows.add(Arrays.asList(plan.id(), symbol.symbol(), symbol.meaning(), symbol.result(),
                        symbol.counted(), symbol.met()));
            }
        }
        return view("plan_legend", "評価の凡例: 記号、意味、達成率での扱い", List.of(text("plan_id", true),
                text("symbol", true), text("meaning", true), text("result", true), flag("counted"), flag("met")),
                rows);
    }

    private ReferenceTable view(String name, String description, List<LakeColumn> columns, List<List<Object>> rows) {
        return new ReferenceTable(name, FOLDER + "*.yml", "the plans " + FOLDER + "*.yml (" + ids(plans) + ")", sha256,
                description, columns, rows);
    }

    private static LakeColumn text(String name, boolean required) {
        return new LakeColumn(name, STRING, required);
    }

    private static LakeColumn number(String name) {
        return new LakeColumn(name, LONG, true);
    }

    private static LakeColumn flag(String name) {
        return new LakeColumn(name, BOOLEAN, true);
    }

    private static String ids(List<Plan> plans) {
        return plans.stream().map(Plan::id).collect(Collectors.joining(", "));
    }
}
