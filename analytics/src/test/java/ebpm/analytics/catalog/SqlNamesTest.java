package ebpm.analytics.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlNamesTest {

    @Test
    void findsTheModelsSeedsAndLakeTablesASqlReads() {
        String sql = """
                -- int_page_sections: replaces int_old_sections (the office's copy)
                SELECT p.page_path, s.section, 'ind_not_a_read' AS "stg_column_name"
                FROM stg_page_views p /* was: int_legacy */
                JOIN seed_tourism_sections s ON starts_with(p.page_path, s.path_prefix)
                WHERE p.site_id IN (SELECT site_id FROM src_page_views) AND p.x <> 'it''s int_quoted'
                """;

        assertThat(SqlNames.read(sql))
                .containsExactly("seed_tourism_sections", "src_page_views", "stg_page_views");
    }

    @Test
    void aLongLiteralIsSkippedWithoutRecursingPerCharacter() {
        String literal = "'" + "it''s a seed row, ".repeat(20_000) + "'";

        assertThat(SqlNames.read("SELECT " + literal + " AS note, \"stg_quoted\" FROM stg_a")).containsExactly("stg_a");
    }

    @Test
    void aLongerWordIsNotAName() {
        assertThat(SqlNames.read("SELECT my_stg_a, stg_ab FROM x_int_b")).containsExactly("stg_ab");
    }
}
