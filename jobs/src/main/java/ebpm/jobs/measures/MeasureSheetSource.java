package ebpm.jobs.measures;

import ebpm.analytics.lake.LakeTable;
import ebpm.analytics.lake.LakeTables;
import ebpm.jobs.landing.HeaderIndex;
import ebpm.jobs.landing.LandingSource;
import ebpm.jobs.landing.RowMapper;
import java.nio.file.Path;
import java.util.List;

/**
 * Measure indicator sheets (施策別成果指標達成状況一覧), one per fiscal year, as CSV or .xlsx in
 * {@code landing/measures/}, with the inspection report's own column names plus 年度.
 */
public final class MeasureSheetSource implements LandingSource {

    static final String FISCAL_YEAR = "年度";
    static final String PILLAR = "柱";
    static final String MID_PILLAR = "中柱";
    static final String FIELD = "分野";
    static final String NUMBER = "番号";
    static final String MEASURE = "施策名";
    static final String DEPARTMENT = "所属";
    static final String INDICATOR = "成果指標";
    static final String TARGET = "目標";
    static final String ACTUAL = "実績";
    static final String EVALUATION = "評価";
    static final String REASON = "未達成の理由及び今後の見込み等";

    static final List<String> REQUIRED_COLUMNS = List.of(FISCAL_YEAR, PILLAR, MID_PILLAR, FIELD, NUMBER, MEASURE,
            DEPARTMENT, INDICATOR, TARGET, ACTUAL, EVALUATION, REASON);

    @Override
    public String name() {
        return "measures";
    }

    @Override
    public LakeTable lakeTable() {
        return LakeTables.MEASURES;
    }

    @Override
    public RowMapper newMapper(Path file, List<String> header) {
        return new MeasureRowMapper(HeaderIndex.of(file, header, REQUIRED_COLUMNS));
    }
}
