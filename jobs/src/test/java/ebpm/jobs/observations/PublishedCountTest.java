package ebpm.jobs.observations;

import static org.assertj.core.api.Assertions.assertThat;

import ebpm.jobs.measures.Quantity;
import org.junit.jupiter.api.Test;

class PublishedCountTest {

    @Test
    void readsJapaneseScaleWordsIntoPersons() {
        assertThat(persons("184,594千人")).isEqualTo(184_594_000);
        assertThat(persons("1億9,297万人")).isEqualTo(192_970_000);
        assertThat(persons("2億69万人")).isEqualTo(200_690_000);
        assertThat(persons("1億849万人")).isEqualTo(108_490_000);
        assertThat(persons("１億１，７２５万人")).isEqualTo(117_250_000);
        assertThat(persons("3.5万人")).isEqualTo(35_000);
    }

    @Test
    void keepsThePublishedTextAndTheUnitAfterTheNumber() {
        Quantity count = PublishedCount.parse(" 2億26万人 ").orElseThrow();

        assertThat(count.text()).isEqualTo("2億26万人");
        assertThat(count.unit()).isEqualTo("人");
    }

    @Test
    void textWithoutAScaleWordOrOutOfOrderIsNotACountItReads() {
        assertThat(PublishedCount.parse("81.6%")).isEmpty();
        assertThat(PublishedCount.parse("5万2億人")).isEmpty();
        assertThat(PublishedCount.parse("約2億人")).isEmpty();
        assertThat(PublishedCount.parse("2億人(速報)")).isEmpty();
    }

    private static long persons(String text) {
        Quantity count = PublishedCount.parse(text).orElseThrow();
        assertThat(count.unit()).isEqualTo("人");
        return count.value().longValue();
    }
}
