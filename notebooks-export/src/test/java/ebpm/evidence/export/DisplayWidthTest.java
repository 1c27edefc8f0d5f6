package ebpm.evidence.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayWidthTest {

    @Test
    void countsEastAsianWideCharactersTwice() {
        assertThat(DisplayWidth.of("ICT")).isEqualTo(3);
        assertThat(DisplayWidth.of("達成率(%)")).isEqualTo(9);
        assertThat(DisplayWidth.of("ﾃﾞｼﾞﾀﾙ")).isEqualTo(6);
        assertThat(DisplayWidth.of("ＡＢＣ１２３")).isEqualTo(12);
        assertThat(DisplayWidth.of("𠮷田")).isEqualTo(4);
    }

    @Test
    void countsSymbolsJapaneseFontsDrawWideAsTwo() {
        assertThat(DisplayWidth.of("① Ⅰ ◎○△▲ ※")).isEqualTo(2 + 1 + 2 + 1 + 8 + 1 + 2);
    }

    @Test
    void controlCharactersTakeNoRoom() {
        assertThat(DisplayWidth.of("a\tb")).isEqualTo(2);
    }
}
