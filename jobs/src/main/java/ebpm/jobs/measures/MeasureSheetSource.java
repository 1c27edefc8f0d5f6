package ebpm.jobs.measures;

import ebpm.analytics.lake.LakeTable;
import ebpm.analytics.lake.LakeTables;
import ebpm.analytics.plan.Plan;
import ebpm.analytics.plan.Plans;
import ebpm.analytics.project.Project;
import ebpm.jobs.landing.HeaderIndex;
import ebpm.jobs.landing.LandingSource;
import ebpm.jobs.landing.RowMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Measure indicator sheets (施策別成果指標達成状況一覧), one per fiscal year, as CSV or .xlsx in
 * {@code landing/measures/}. A sheet belongs to the plan of the project ({@code plans/<id>.yml}) whose years hold its
 * fiscal year, or that its 計画 column names; its level columns are that plan's: the ICT plan's sheet has the
 * inspection report's own columns plus 年度 (柱, 中柱, 分野), the DX plan's 区分, 施策分野 and 指標区分.
 */
public final class MeasureSheetSource implements LandingSource {

    static final String FISCAL_YEAR = "年度";
    /** Optional: the plan a sheet belongs to, by id or name, where its year alone does not say. */
    static final String PLAN = "計画";
    static final String NUMBER = "番号";
    static final String MEASURE = "施策名";
    static final String DEPARTMENT = "所属";
    static final String INDICATOR = "成果指標";
    static final String TARGET = "目標";
    static final String ACTUAL = "実績";
    static final String EVALUATION = "評価";
    static final String REASON = "未達成の理由及び今後の見込み等";

    private final Plans plans;

    /** The built-in project's plans. */
    public MeasureSheetSource() {
        this(Project.builtIn().plans());
    }

    public MeasureSheetSource(Plans plans) {
        this.plans = plans;
    }

    @Override
    public String name() {
        return "measures";
    }

    @Override
    public LakeTable lakeTable() {
        return LakeTables.MEASURES;
    }

    /** The plans decide which levels and values a row may state: a sheet rejected under other plans is read again. */
    @Override
    public String rulesFingerprint() {
        return plans.sha256();
    }

    @Override
    public RowMapper newMapper(Path file, List<String> header) {
        return new MeasureRowMapper(file, HeaderIndex.of(file, header, columns(closestPlan(header))), plans);
    }

    /** A plan's sheet columns, in the order its sheet has them. */
    public static List<String> columns(Plan plan) {
        List<String> columns = new ArrayList<>();
        columns.add(FISCAL_YEAR);
        plan.levels().forEach(level -> columns.add(level.column()));
        columns.addAll(List.of(NUMBER, MEASURE, DEPARTMENT));
        plan.kindColumn().ifPresent(columns::add);
        columns.addAll(List.of(INDICATOR, TARGET, ACTUAL, EVALUATION, REASON));
        return columns;
    }

    /** The plan whose columns the header has most of (on a tie the earliest plan): what a missing column is told. */
    private Plan closestPlan(List<String> header) {
        List<String> names = header.stream().map(String::strip).toList();
        return plans.all().stream()
                .max(Comparator.comparingLong((Plan plan) -> columns(plan).stream().filter(names::contains).count())
                        .thenComparing(plan -> -plan.firstYear()))
                .orElseThrow(() -> new IllegalStateException("the project has no plans/*.yml"));
    }
}
