package ebpm.evidence.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ViewDependenciesTest {

    @Test
    void keepsTheViewsTheQueryReadsDirectlyOrThroughOthersInCreationOrder() {
        Map<String, String> views = new LinkedHashMap<>();
        views.put("src_measures", "CREATE VIEW src_measures AS SELECT * FROM read_parquet('m/*.parquet')");
        views.put("src_page_views", "CREATE VIEW src_page_views AS SELECT * FROM read_parquet('p/*.parquet')");
        views.put("stg_measures", "CREATE VIEW stg_measures AS SELECT * FROM src_measures");
        views.put("stg_measures_extra", "CREATE VIEW stg_measures_extra AS SELECT * FROM src_measures");
        views.put("int_measure_evaluations", "CREATE VIEW int_measure_evaluations AS\n"
                + "-- reads stg_measures_extra in a comment only\nSELECT * FROM stg_measures");

        assertThat(ViewDependencies.needed(views,
                "-- inputs: src_page_views\nSELECT * FROM int_measure_evaluations JOIN indicator_value USING (x)"))
                .containsExactly(views.get("src_measures"), views.get("stg_measures"),
                        views.get("int_measure_evaluations"));
    }
}
