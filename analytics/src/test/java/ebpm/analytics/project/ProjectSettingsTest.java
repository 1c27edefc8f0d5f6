package ebpm.analytics.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** ebpm_project.yml: the office's file says only what differs, and a typo stops the run naming the line. */
class ProjectSettingsTest {

    private static final ProjectSettings BUILT_IN = Project.builtIn().settings();

    @Test
    void theBuiltInSettingsAreKanagawasInTokyoTime() {
        assertThat(BUILT_IN.prefectureCode()).isEqualTo("140007");
        assertThat(BUILT_IN.prefectureName()).isEqualTo("神奈川県");
        assertThat(BUILT_IN.timeZone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(BUILT_IN.topPages()).isEqualTo(10);
        assertThat(BUILT_IN.freshnessDays()).containsEntry("tourism-pv", 3);
    }

    @Test
    void keysLeftOutKeepTheBuiltInValues() {
        ProjectSettings office = parse("top_pages: 20\nvars: {min_views: '100'}\n");

        assertThat(office.topPages()).isEqualTo(20);
        assertThat(office.prefectureCode()).isEqualTo("140007");
        assertThat(office.vars()).isEqualTo(Map.of("min_views", "100"));
        assertThat(office.asTable(new ProjectFile("ebpm_project.yml", "x", new byte[0])).columns()).extracting(c -> c.name())
                .containsExactly("prefecture_code", "prefecture_name", "top_pages", "earliest_fiscal_year",
                        "min_views");
    }

    @Test
    void anUnknownKeyAWrongTypeOrAWrongCodeNamesTheFileLineAndKey() {
        assertThatThrownBy(() -> parse("prefecture:\n  code: '140007'\n  name: 神奈川県\ntop_page: 5\n"))
                .isInstanceOf(DefinitionException.class)
                .hasMessage("office/ebpm_project.yml line 4: unknown key 'top_page'; known keys: freshness_days, "
                        + "plausible_fiscal_years, prefecture, time_zone, top_pages, vars");
        assertThatThrownBy(() -> parse("top_pages: ten\n"))
                .hasMessage("office/ebpm_project.yml line 1: 'top_pages' must be a whole number, not 'ten'");
        assertThatThrownBy(() -> parse("prefecture: {code: '141003', name: 横浜市}\n"))
                .hasMessageContaining("line 1: prefecture code '141003' is not a prefecture's 6-digit code");
        assertThatThrownBy(() -> parse("time_zone: Tokyo\n"))
                .hasMessage("office/ebpm_project.yml line 1: 'Tokyo' is no time zone; write e.g. Asia/Tokyo");
    }

    private static ProjectSettings parse(String yaml) {
        return ProjectSettings.parse("office/ebpm_project.yml", yaml, Optional.of(BUILT_IN));
    }
}
