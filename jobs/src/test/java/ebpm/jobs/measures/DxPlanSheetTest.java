package ebpm.jobs.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ebpm.analytics.lake.LakeTables;
import ebpm.jobs.landing.LandingFileException;
import ebpm.jobs.landing.MappedRow;
import ebpm.jobs.landing.RejectedRowException;
import ebpm.jobs.landing.RowMapper;
import ebpm.jobs.landing.TabularRow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A sheet of the 神奈川県DX計画 (FY2024–FY2027): its levels are 区分 and 施策分野, each measure has two indicator kinds. */
class DxPlanSheetTest {

    private static final Path FILE = Path.of("landing", "measures", "kanagawa-dx-measures-fy2025.csv");
    private static final List<String> HEADER = List.of("年度", "区分", "施策分野", "番号", "施策名", "所属", "指標区分",
            "成果指標", "目標", "実績", "評価", "未達成の理由及び今後の見込み等");
    private static final List<String> PROGRESS_ROW = List.of("2025", "くらしのデジタル化", "教育", "1",
            "1人1台端末を活用した教育活動の推進", "教育局", "過程指標", "端末を毎日活用する学校の割合", "80%", "84%", "◎", "");

    private final RowMapper mapper = new MeasureSheetSource().newMapper(FILE, HEADER);

    @Test
    void aRowLandsWithItsPlanLevelCodesAndIndicatorKind() {
        MappedRow row = mapper.map(new TabularRow(2, PROGRESS_ROW)).get(0);

        assertThat(row.partitionValue()).isEqualTo(2025);
        assertThat(value(row, "plan_id")).isEqualTo("dx-2024");
        assertThat(value(row, "pillar")).isEqualTo("くらしのデジタル化");
        assertThat(value(row, "mid_pillar")).isEqualTo("教育");
        assertThat(value(row, "field")).isEqualTo("");
        assertThat(value(row, "level_1_code")).isEqualTo("くらしのデジタル化");
        assertThat(value(row, "level_2_code")).isEqualTo("教育");
        assertThat(value(row, "indicator_kind")).isEqualTo("過程指標");
        assertThat(value(row, "actual_value")).isEqualTo(84.0);
    }

    @Test
    void bothKindsOfOneMeasureLandButOneKindTwiceIsADuplicate() {
        mapper.map(new TabularRow(2, PROGRESS_ROW));

        assertThat(mapper.map(new TabularRow(3, with(PROGRESS_ROW, 6, "成果指標")))).hasSize(1);
        assertThatThrownBy(() -> mapper.map(new TabularRow(4, PROGRESS_ROW)))
                .isInstanceOf(RejectedRowException.class)
                .hasMessage("duplicate measure: 年度 2025, くらしのデジタル化 教育 番号 1 過程指標 is already on line 2");
    }

    @Test
    void aFieldTheDxPlanDoesNotHaveIsRejectedNamingTheAllowedFields() {
        assertThatThrownBy(() -> mapper.map(new TabularRow(2, with(PROGRESS_ROW, 2, "宇宙開発"))))
                .isInstanceOf(RejectedRowException.class)
                .hasMessage("施策分野: '宇宙開発' is not a 施策分野/取組事項 of 神奈川県DX計画 under くらしのデジタル化; "
                        + "allowed: 子ども・若者, 教育, 未病・健康長寿, 文化・スポーツ, 観光・地域活性化, 経済・労働, 農林水産, "
                        + "脱炭素・環境, 生活困窮, 共生社会, くらしの安心, 危機管理, 都市基盤");
    }

    @Test
    void aWorkItemOfTheAdministrationSideIsNoFieldOfTheLivesSide() {
        // データ利活用 is a 取組事項 of 行政のデジタル化, not a 施策分野 of くらしのデジタル化.
        assertThatThrownBy(() -> mapper.map(new TabularRow(2, with(PROGRESS_ROW, 2, "データ利活用"))))
                .isInstanceOf(RejectedRowException.class)
                .hasMessageStartingWith("施策分野: 'データ利活用' is not a 施策分野/取組事項 of 神奈川県DX計画 under くらしのデジタル化");
        assertThat(mapper.map(new TabularRow(3, with(with(PROGRESS_ROW, 1, "行政のデジタル化"), 2, "データ利活用"))))
                .hasSize(1);
    }

    @Test
    void anIndicatorKindThePlanDoesNotSetIsRejected() {
        assertThatThrownBy(() -> mapper.map(new TabularRow(2, with(PROGRESS_ROW, 6, "活動指標"))))
                .isInstanceOf(RejectedRowException.class)
                .hasMessage("指標区分: '活動指標' is not an indicator kind of 神奈川県DX計画; allowed: 過程指標, 成果指標");
    }

    @Test
    void aSheetOfADxYearInTheIctLayoutIsRefusedWholeNamingItsPlansColumns() {
        List<String> ictHeader = List.of("年度", "柱", "中柱", "分野", "番号", "施策名", "所属", "成果指標", "目標", "実績",
                "評価", "未達成の理由及び今後の見込み等");
        RowMapper ictShaped = new MeasureSheetSource().newMapper(FILE, ictHeader);
        TabularRow row = new TabularRow(2, List.of("2025", "柱Ⅰ くらし", "① 県民サービス", "ア 観光", "1", "施策", "課",
                "PV数", "100PV", "120PV", "◎", ""));

        assertThatThrownBy(() -> ictShaped.map(row))
                .isInstanceOf(LandingFileException.class)
                .hasMessageContaining("a sheet of FY2025 belongs to 神奈川県DX計画 (dx-2024, FY2024–FY2027), whose sheet "
                        + "has the columns 年度,区分,施策分野,番号,施策名,所属,指標区分,成果指標,目標,実績,評価,未達成の理由及び今後の見込み等; "
                        + "this one lacks 区分, 施策分野, 指標区分");
    }

    @Test
    void aYearNoPlanCoversIsRefusedWhole() {
        assertThatThrownBy(() -> mapper.map(new TabularRow(2, with(PROGRESS_ROW, 0, "2023"))))
                .isInstanceOf(LandingFileException.class)
                .hasMessageContaining("FY2023 is in no plan of the project (ict-2019 FY2019–FY2022, dx-2024 FY2024–FY2027)");
    }

    private static Object value(MappedRow row, String column) {
        return row.values()[LakeTables.MEASURES.indexOf(column)];
    }

    private static List<String> with(List<String> row, int index, String value) {
        List<String> changed = new ArrayList<>(row);
        changed.set(index, value);
        return changed;
    }
}
