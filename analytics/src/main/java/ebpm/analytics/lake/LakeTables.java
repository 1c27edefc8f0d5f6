package ebpm.analytics.lake;

import static ebpm.analytics.lake.ColumnType.*;
import static ebpm.analytics.lake.LakeColumn.optional;
import static ebpm.analytics.lake.LakeColumn.required;

import java.util.List;
import java.util.Optional;

/** Every dataset of the lake, in one place, so that writers and engines agree on names and types. */
public final class LakeTables {

    /**
     * Where a row came from; every lake table starts with these columns. {@code ingested_at} and
     * {@code source_modified_at} state when the file arrived: first seen by ebpm (kept when a file is read again),
     * then the landing file's modification time, which orders the files of one night (a correction saved after
     * its original wins, whatever its name). Lake files written before ebpm kept the modification time read it as
     * NULL; the staging models order NULL first, so those files keep the name order they had.
     */
    private static final List<LakeColumn> PROVENANCE = List.of(
            required("source_file", STRING),
            required("source_checksum", STRING),
            required("source_line", LONG),
            required("ingested_at", TIMESTAMP),
            optional("source_modified_at", TIMESTAMP));

    /**
     * Measure indicator sheets (施策別成果指標達成状況一覧). Grain: one row per fiscal year × measure × indicator kind ×
     * indicator (a cell such as {@code (1)…(2)…} holds several indicators of one measure; measure-level columns
     * repeat). {@code pillar}, {@code mid_pillar} and {@code field} hold the row's first, second and third level as
     * written, whatever its plan calls them (柱, 中柱, 分野 of the ICT plan; 区分, 施策分野 of the DX plan, with an
     * empty field); {@code level_<n>_code} the code of the plan's value it names (Ⅰ, ①, 教育), null where the level
     * allows any text. The last four columns were added with the plans: lake files from before read them as NULL,
     * and stg_measures takes the plan from the year and the codes from the text.
     */
    public static final LakeTable MEASURES = new LakeTable("measures",
            Optional.of(required("fiscal_year", INT)),
            concat(PROVENANCE, List.of(
                    required("pillar", STRING),
                    required("mid_pillar", STRING),
                    required("field", STRING),
                    required("measure_no", INT),
                    required("measure_name", STRING),
                    optional("department", STRING),
                    required("indicator_no", INT),
                    required("indicator_count", INT),
                    optional("indicator_text", STRING),
                    optional("target_text", STRING),
                    optional("target_value", DOUBLE),
                    optional("target_unit", STRING),
                    optional("target_qualifier", STRING),
                    optional("actual_text", STRING),
                    optional("actual_value", DOUBLE),
                    optional("actual_unit", STRING),
                    optional("actual_qualifier", STRING),
                    required("evaluation", STRING),
                    optional("reason", STRING),
                    optional("plan_id", STRING),
                    optional("level_1_code", STRING),
                    optional("level_2_code", STRING),
                    optional("level_3_code", STRING),
                    optional("indicator_kind", STRING))));

    /**
     * Published observations of any indicator in long format (e.g. the previous year's achievement rates).
     * Grain: one row per indicator × area × breakdown × period × status as published.
     */
    public static final LakeTable OBSERVATIONS = new LakeTable("observations",
            Optional.empty(),
            concat(PROVENANCE, List.of(
                    required("indicator_code", STRING),
                    required("area_code", STRING),
                    required("breakdown", STRING),
                    required("period_type", STRING),
                    required("period", STRING),
                    optional("value", DOUBLE),
                    optional("unit", STRING),
                    required("value_text", STRING),
                    optional("status", STRING),
                    optional("source", STRING))));

    /**
     * Health-project evaluations (保健事業評価) sent by the municipalities. Grain: one row per fiscal year ×
     * municipality × project per landed file (a corrected re-submission adds a row; stg_health_evaluations keeps
     * the newest). The municipality name is the code list's, not the text as sent.
     */
    public static final LakeTable HEALTH_EVALUATIONS = new LakeTable("health_evaluations",
            Optional.of(required("fiscal_year", INT)),
            concat(PROVENANCE, List.of(
                    required("municipality_code", STRING),
                    required("municipality_name", STRING),
                    required("project_name", STRING),
                    required("project_category", STRING),
                    required("eligible", LONG),
                    required("participants", LONG),
                    optional("completers", LONG),
                    required("outcome_indicator", STRING),
                    optional("outcome_unit", STRING),
                    optional("value_before", DOUBLE),
                    optional("value_after", DOUBLE),
                    required("prefecture_supported", BOOLEAN))));


    /**
     * Page views of the tourism web sites from Google Analytics 4 exports, as exported: the site is the landing
     * folder; its name and each page's section are joined from the project's seeds by the models. Grain as landed: one row per landing row (site × day × page path × page title within a file;
     * overlapping re-exports repeat keys, which stg_page_views resolves).
     */
    public static final LakeTable PAGE_VIEWS = new LakeTable("page_views",
            Optional.of(required("fiscal_year", INT)),
            concat(PROVENANCE, List.of(
                    required("site", STRING),
                    required("view_date", DATE),
                    required("page_path", STRING),
                    optional("page_title", STRING),
                    required("views", LONG),
                    optional("active_users", LONG))));

    public static final List<LakeTable> ALL = List.of(MEASURES, OBSERVATIONS, HEALTH_EVALUATIONS, PAGE_VIEWS);

    private LakeTables() {
    }

    private static List<LakeColumn> concat(List<LakeColumn> first, List<LakeColumn> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }
}
