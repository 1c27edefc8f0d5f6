package ebpm.jobs.reference;

import static org.assertj.core.api.Assertions.assertThat;

import ebpm.analytics.area.LocalGovernmentCode;
import ebpm.jobs.reference.Municipalities.Municipality;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The built-in project's seeds: Kanagawa's 33 municipalities, and what every other code is instead. */
class MunicipalitiesTest {

    private final Municipalities list = Municipalities.load();

    @Test
    void lists19Cities13TownsAnd1VillageEachWithAValidCheckDigit() {
        assertThat(list.all()).hasSize(33)
                .allMatch(m -> LocalGovernmentCode.hasValidCheckDigit(m.code()))
                .allMatch(m -> m.code().startsWith("14"));
        assertThat(list.all().stream().filter(m -> m.name().endsWith("市"))).hasSize(19);
        assertThat(list.all().stream().filter(m -> m.name().endsWith("町"))).hasSize(13);
        assertThat(list.all().stream().filter(m -> m.name().endsWith("村"))).containsExactly(
                new Municipality("144029", "清川村"));
        assertThat(list.all()).first().isEqualTo(new Municipality("141003", "横浜市"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            141004 | '141004' has a wrong check digit (for 14100 it is 3); check the code for a typing error
            131016 | '131016' is a code of prefecture 13, not of 神奈川県 (14)
            140007 | '140007' is 神奈川県 itself, not one of its 33 municipalities
            141011 | '141011' is 横浜市 鶴見区, a ward of 横浜市; a designated city reports as a whole under 141003
            141518 | '141518' is 相模原市 緑区, a ward of 相模原市; a designated city reports as a whole under 141500
            142999 | '142999' is not one of 神奈川県's 33 municipalities (seeds/municipalities.csv)
            14100  | '14100' has 5 digits; write the 6-digit code with its check digit, e.g. 141003
            横浜市 | '横浜市' is not a 6-digit municipality code such as 141003
            """)
    void saysWhatACodeIsWhenItIsNotOneOfThe33(String code, String problem) {
        assertThat(list.problem(code)).contains(problem);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            141004 | 「141004」は検査数字（6桁目）が違います（14100 なら 3）。入力の誤りがないか確かめてください
            141011 | 「141011」は横浜市の区（横浜市 鶴見区）です。政令指定都市は市全体の 141003 で書いてください
            14100  | 「14100」は5桁です。検査数字を付けた6桁のコード（141003）で書いてください
            """)
    void saysItInJapaneseForTheMunicipalityThatSendsTheCode(String code, String japanese) {
        assertThat(list.problemInBoth(code).map(Municipalities.CodeProblem::japanese)).contains(japanese);
    }

    @Test
    void everyListedCodeHasNoProblem() {
        assertThat(list.all()).allMatch(m -> list.problem(m.code()).isEmpty());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource({"141003, 横浜市", "141003, 神奈川県横浜市", "141003, 横浜市 ", "142077, 茅ヶ崎市", "142077, 茅ケ崎市",
            "144029, 清川村"})
    void forgivesHowANameIsWritten(String code, String name) {
        assertThat(list.nameMatches(code, name)).isTrue();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource({"141003, 川崎市", "141003, 横浜", "141003, 横浜市鶴見区", "143014, 葉山市"})
    void refusesAnotherMunicipalitysName(String code, String name) {
        assertThat(list.nameMatches(code, name)).isFalse();
    }
}
