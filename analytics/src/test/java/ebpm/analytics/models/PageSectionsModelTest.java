package ebpm.analytics.models;

import static org.assertj.core.api.Assertions.assertThat;

import ebpm.analytics.catalog.ModelCatalog;
import ebpm.analytics.engine.ReferenceViews;
import ebpm.analytics.project.Project;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * int_page_sections, the catalog's SQL run on DuckDB over the built-in seeds and pages made by hand: the longest
 * prefix of the page's own site wins, a page no prefix matches is その他, and a site the seed does not list keeps its
 * id as its name.
 */
class PageSectionsModelTest {

    private static final Project PROJECT = Project.builtIn();
    private static final ModelCatalog CATALOG = ModelCatalog.load(PROJECT);

    @Test
    void theLongestPrefixOfThePagesOwnSiteGivesItsSection() throws SQLException {
        List<List<String>> sections = sections(
                "('inbound', '/zh-tw/stay/hakone/'), ('inbound', '/en/'), ('kanagawa-now', '/stay'), "
                        + "('kanagawa-now', '/stay/x/'), ('kanagawa-now', '/en/stay/x/'), ('new-site', '/stay/x/')");

        assertThat(sections).containsExactly(
                List.of("inbound", "外国人観光客向けウェブサイト", "/en/", "その他"),
                List.of("inbound", "外国人観光客向けウェブサイト", "/zh-tw/stay/hakone/", "宿泊施設紹介"),
                List.of("kanagawa-now", "観光かながわNOW", "/en/stay/x/", "その他"),
                List.of("kanagawa-now", "観光かながわNOW", "/stay", "その他"),
                List.of("kanagawa-now", "観光かながわNOW", "/stay/x/", "宿泊施設紹介"),
                List.of("new-site", "new-site", "/stay/x/", "その他"));
    }

    private static List<List<String>> sections(String pages) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = connection.createStatement()) {
            for (var table : PROJECT.referenceTables().values()) {
                statement.execute(ReferenceViews.createView(table));
            }
            statement.execute("CREATE TEMP VIEW int_page_views_pages AS SELECT * FROM (VALUES " + pages
                    + ") AS t(site, page_path)");
            List<List<String>> rows = new ArrayList<>();
            try (var result = statement.executeQuery("SELECT * FROM ("
                    + CATALOG.model("int_page_sections").sql() + ") ORDER BY ALL")) {
                while (result.next()) {
                    rows.add(List.of(result.getString(1), result.getString(2), result.getString(3),
                            result.getString(4)));
                }
            }
            return rows;
        }
    }
}
