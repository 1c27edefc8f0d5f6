package ebpm.analytics.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocalGovernmentCodeTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"14000, 140007", "14100, 141003", "14130, 141305", "14150, 141500", "14402, 144029",
            "13101, 131016", "01100, 011002"})
    void appendsTheCheckDigitOfTheMinistrysList(String fiveDigits, String sixDigits) {
        assertThat(LocalGovernmentCode.withCheckDigit(fiveDigits)).isEqualTo(sixDigits);
        assertThat(LocalGovernmentCode.hasValidCheckDigit(sixDigits)).isTrue();
    }

    @Test
    void aCheckDigitOfTenIsWrittenAsZero() {
        // 相模原市 14150: 6·1 + 5·4 + 4·1 + 3·5 + 2·0 = 45; 45 mod 11 = 1; 11 − 1 = 10; 10 mod 10 = 0.
        assertThat(LocalGovernmentCode.checkDigit("14150")).isZero();
    }

    @ParameterizedTest
    @CsvSource({"141004", "141000", "14100", "1410033", "14100a", "''"})
    void refusesAWrongCheckDigitOrAnythingButSixDigits(String code) {
        assertThat(LocalGovernmentCode.hasValidCheckDigit(code)).isFalse();
    }

    @Test
    void checkDigitNeedsFiveDigits() {
        assertThatThrownBy(() -> LocalGovernmentCode.checkDigit("1410"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thePrefectureIsTheFirstTwoDigits() {
        assertThat(LocalGovernmentCode.prefecture("141003")).isEqualTo(14);
        assertThat(LocalGovernmentCode.prefecture("011002")).isEqualTo(1);
    }
}
