package ebpm.evidence.export;

/**
 * How many columns a text takes in a Japanese spreadsheet or terminal: East Asian wide and full-width characters
 * count two, others one. Characters of ambiguous width that Japanese fonts draw wide (①, Ⅰ, ◎○△, ※, ─) count two.
 */
final class DisplayWidth {

    private DisplayWidth() {
    }

    static int of(String text) {
        return text.codePoints().map(DisplayWidth::of).sum();
    }

    static int of(int codePoint) {
        if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0)) {
            return 0;
        }
        return isWide(codePoint) ? 2 : 1;
    }

    // Unicode East Asian Width W and F ranges (UAX #11), plus the ambiguous ranges common in Japanese tables.
    private static boolean isWide(int c) {
        return (c >= 0x1100 && c <= 0x115f)
                || c == 0x00a7 || c == 0x00b0 || c == 0x00b1 || c == 0x00d7 || c == 0x00f7
                || (c >= 0x2010 && c <= 0x2027 && c != 0x2011 && c != 0x2012) // dashes, quotes, ‥ …
                || (c >= 0x2030 && c <= 0x203b)            // ‰ ′ ″ ※
                || (c >= 0x2100 && c <= 0x22ff)            // ℃ № ™, Ⅰ Ⅱ, arrows, ∀ ∞ ≒
                || (c >= 0x2300 && c <= 0x23ff && c != 0x2303)
                || (c >= 0x2460 && c <= 0x27bf)            // ① ②, box drawing, ■ □ ▲ △ ○ ◎, ★
                || (c >= 0x2e80 && c <= 0x303e)            // CJK radicals, 、。「」
                || (c >= 0x3041 && c <= 0x33ff)            // kana, CJK symbols, ㈱ ㎡
                || (c >= 0x3400 && c <= 0x4dbf)            // CJK extension A
                || (c >= 0x4e00 && c <= 0x9fff)            // CJK unified ideographs
                || (c >= 0xa000 && c <= 0xa4cf)
                || (c >= 0xac00 && c <= 0xd7a3)            // Hangul
                || (c >= 0xe000 && c <= 0xf8ff)            // private use: gaiji
                || (c >= 0xf900 && c <= 0xfaff)            // CJK compatibility ideographs
                || (c >= 0xfe30 && c <= 0xfe4f)
                || (c >= 0xff01 && c <= 0xff60)            // full-width ASCII
                || (c >= 0xffe0 && c <= 0xffe6)            // full-width ￥ ￠
                || (c >= 0x1f300 && c <= 0x1f64f)          // emoji
                || (c >= 0x20000 && c <= 0x3fffd);         // CJK extensions B and later
    }
}
