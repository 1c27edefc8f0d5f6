package ebpm.analytics.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ebpm.analytics.project.DefinitionException;
import ebpm.analytics.project.Project;
import ebpm.analytics.project.ReferenceTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plans of a project: the built-in two, and an office's plan file read strictly. */
class PlansTest {

    @TempDir
    Path folder;

    @Test
    void theBuiltInPlansAreTheIctPlanAndTheDxPlanThatFollowsIt() {
        Plans plans = Project.builtIn().plans();

        assertThat(plans.ids()).containsExactly("ict-2019", "dx-2024");
        Plan dx = plans.covering(2025).orElseThrow();
        assertThat(dx.name()).isEqualTo("神奈川県DX計画");
        assertThat(dx.previous()).contains("ict-2019");
        assertThat(dx.levels()).extracting(PlanLevel::name).containsExactly("区分", "施策分野/取組事項");
        assertThat(dx.levels().get(1).allowedUnder(Optional.of("行政のデジタル化"))).hasSize(9);
        assertThat(dx.levels().get(1).allowedUnder(Optional.of("くらしのデジタル化"))).hasSize(13);
        assertThat(dx.indicatorKinds()).extracting(IndicatorKind::name).containsExactly("過程指標", "成果指標");
        assertThat(plans.covering(2023)).isEmpty();
        assertThat(plans.byId("ict-2019").orElseThrow().levels().get(0).find("柱 II 行政の情報化", Optional.empty()))
                .map(PlanValue::code).contains("Ⅱ");
    }

    @Test
    void theRateIsShownAsEachYearsReportRoundedIt() {
        AchievementRateRule ict = Project.builtIn().plans().byId("ict-2019").orElseThrow().rateRule();

        assertThat(ict.shown(2019, 39, 48)).isEqualTo(81.2);
        assertThat(ict.shown(2019, 58, 71)).isEqualTo(81.6);
        assertThat(ict.shown(2020, 12, 19)).isEqualTo(63.2);
    }

    @Test
    void theFirstYearOfAPlanIsComparedWithTheLastYearOfThePlanItFollows() {
        ReferenceTable years = Project.builtIn().referenceTables().get("plan_years");

        List<Object> fy2024 = years.find("fiscal_year", 2024L).orElseThrow();
        assertThat(fy2024.get(years.indexOf("compared_fiscal_year"))).isEqualTo(2022L);
        assertThat(fy2024.get(years.indexOf("compared_plan_id"))).isEqualTo("ict-2019");
        assertThat(years.find("fiscal_year", 2019L).orElseThrow().get(years.indexOf("rate_rounding")))
                .isEqualTo("down");
    }

    @Test
    void aPlanWhoseYearsOverlapAnotherIsRefusedNamingBoth() throws IOException {
        writePlan("dx-2022", Files.readString(Path.of("src/main/resources/ebpm/project/plans/dx-2024.yml"))
                .replace("first: 2024", "first: 2022"));

        assertThatThrownBy(() -> Project.open(folder))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("dx-2022.yml: FY2022–FY2027 overlaps かながわICT・データ利活用推進計画 (ict-2019, "
                        + "FY2019–FY2022)");
    }

    @Test
    void anUnknownKeyIsRefusedWithItsLine() throws IOException {
        writePlan("dx-2024", Files.readString(Path.of("src/main/resources/ebpm/project/plans/dx-2024.yml"))
                .replace("previous: ict-2019", "previous: ict-2019\nperiod: 4"));

        assertThatThrownBy(() -> Project.open(folder))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("dx-2024.yml line 5: unknown key 'period'");
    }

    private void writePlan(String id, String text) throws IOException {
        Files.writeString(folder.resolve(Project.SETTINGS), "");
        Files.createDirectories(folder.resolve("plans"));
        Files.writeString(folder.resolve("plans").resolve(id + ".yml"), text);
    }
}
