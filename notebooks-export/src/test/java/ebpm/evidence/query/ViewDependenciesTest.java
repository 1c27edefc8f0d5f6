package ebpm.evidence.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ViewDependenciesTest {

    @Test
    void keepsTheRelationsTheQueryNamesItselfInTheOrderGivenButNotThoseInACommentOrWithinALongerName() {
        List<String> relations = List.of("indicator_value", "int_measure_evaluations", "src_measures",
                "src_page_views", "stg_measures");

        assertThat(ViewDependencies.readDirectlyBy("-- inputs: src_page_views\n"
                        + "SELECT * FROM int_measure_evaluations JOIN indicator_value USING (x) JOIN stg_measures_extra",
                relations))
                .containsExactly("indicator_value", "int_measure_evaluations");
    }
}
