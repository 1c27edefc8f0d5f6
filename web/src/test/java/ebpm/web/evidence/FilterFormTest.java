package ebpm.web.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ebpm.evidence.catalog.EvidenceDefinition;
import ebpm.evidence.catalog.EvidenceParameter;
import ebpm.web.http.HttpError;
import ebpm.web.http.QueryString;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FilterFormTest {

    static final EvidenceDefinition HEALTH = new EvidenceDefinition("health-evaluations", "保健事業の評価", "", "",
            "SELECT 1", List.of(new EvidenceParameter("fy", "年度", "fiscal_year", "SELECT 2020"),
            new EvidenceParameter("municipality", "市町村", "municipality", null)), List.of(), Map.of());
    static final FilterChoices CHOICES = new FilterChoices(List.of(2021, 2020),
            List.of(new FilterChoices.Choice("141003", "横浜市")), List.of(), List.of(), List.of());

    static Map<String, String> read(String query) {
        return FilterForm.read(HEALTH, QueryString.parse(query), CHOICES);
    }

    @Test
    void filtersAreReadAsTheCommandReadsThemAndAnEmptyOneIsLeftOut() {
        assertThat(read("fy=2020&municipality=141003")).containsExactly(Map.entry("fy", "2020"),
                Map.entry("municipality", "141003"));
        assertThat(read("fy=%E4%BB%A4%E5%92%8C2%E5%B9%B4%E5%BA%A6&municipality=")).containsExactly(
                Map.entry("fy", "令和2年度"));
    }

    @Test
    void aValueThatIsNotOfItsTypeIsA400SayingWhatIsAccepted() {
        assertRefused("fy=abc", "年度「abc」は年度として読めません。2020 や 令和2年度 のように書いてください。");
        assertRefused("fy=99999", "年度「99999」は年度として読めません");
        assertRefused("municipality=%27%20OR%201%3D1", "市町村「' OR 1=1」は市町村コードではありません");
        assertRefused("municipality=141305", "市町村「141305」は選べる値にありません");
        assertRefused("site=x", "この表には絞り込み「site」はありません。使える絞り込み: fy（年度）、municipality（市町村）");
        assertRefused("fy=2020&fy=2021", "2回以上");
        assertRefused("fy=" + "1".repeat(201), "長すぎます");
    }

    private static void assertRefused(String query, String message) {
        assertThatThrownBy(() -> read(query)).isInstanceOf(HttpError.class)
                .hasMessageContaining(message).extracting(e -> ((HttpError) e).status()).isEqualTo(400);
    }
}
