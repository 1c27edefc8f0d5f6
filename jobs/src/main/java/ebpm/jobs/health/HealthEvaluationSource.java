package ebpm.jobs.health;

import ebpm.analytics.lake.LakeTable;
import ebpm.analytics.lake.LakeTables;
import ebpm.analytics.project.Project;
import ebpm.jobs.landing.HeaderIndex;
import ebpm.jobs.landing.LandingSource;
import ebpm.jobs.landing.PlausibleYears;
import ebpm.jobs.landing.RowMapper;
import ebpm.jobs.reference.Municipalities;
import java.nio.file.Path;
import java.util.List;

/**
 * Health-project evaluations (保健事業評価) from the municipalities, as CSV or .xlsx in {@code landing/health/}:
 * one row per fiscal year × municipality × project with its eligible people, participants, completers, outcome
 * indicator before and after, and whether the prefecture supported the evaluation.
 */
public final class HealthEvaluationSource implements LandingSource {

    static final String FISCAL_YEAR = "年度";
    static final String MUNICIPALITY_CODE = "市町村コード";
    static final String MUNICIPALITY_NAME = "市町村名";
    static final String PROJECT = "事業名";
    static final String CATEGORY = "事業区分";
    static final String ELIGIBLE = "対象者数";
    static final String PARTICIPANTS = "参加者数";
    static final String COMPLETERS = "修了者数";
    static final String INDICATOR = "評価指標";
    static final String UNIT = "単位";
    static final String BEFORE = "事業前値";
    static final String AFTER = "事業後値";
    static final String SUPPORTED = "県評価支援";

    static final List<String> COLUMNS = List.of(FISCAL_YEAR, MUNICIPALITY_CODE, MUNICIPALITY_NAME, PROJECT, CATEGORY,
            ELIGIBLE, PARTICIPANTS, COMPLETERS, INDICATOR, UNIT, BEFORE, AFTER, SUPPORTED);

    /** The reference tables a row is checked against: a change to them re-reads files that had rejected rows. */
    private static final List<String> RULES = List.of("seeds/municipalities.csv", "seeds/municipalities.yaml",
            "seeds/designated_city_wards.csv", "seeds/designated_city_wards.yaml", "ebpm_project.yml");

    private final Project project;
    private final Municipalities municipalities;
    private final PlausibleYears years;

    public HealthEvaluationSource(Project project, PlausibleYears years) {
        this.project = project;
        this.municipalities = Municipalities.of(project);
        this.years = years;
    }

    @Override
    public String name() {
        return "health";
    }

    @Override
    public LakeTable lakeTable() {
        return LakeTables.HEALTH_EVALUATIONS;
    }

    @Override
    public String rulesFingerprint() {
        return project.fingerprint(RULES) + " years " + years;
    }

    @Override
    public RowMapper newMapper(Path file, List<String> header) {
        return new HealthEvaluationRowMapper(HeaderIndex.of(file, header, COLUMNS), municipalities,
                OutcomeIndicators.of(project), years);
    }
}
