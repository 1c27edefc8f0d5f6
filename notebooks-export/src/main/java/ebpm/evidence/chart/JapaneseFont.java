package ebpm.evidence.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The Japanese font charts are drawn with: Noto Sans JP Regular (SIL Open Font License 1.1), bundled under
 * {@code ebpm/fonts/}, so that labels render the same on a server without any CJK font installed.
 */
public final class JapaneseFont {

    static final String RESOURCE = "/ebpm/fonts/NotoSansJP-Regular.ttf";

    private JapaneseFont() {
    }

    /** The regular face at {@code size} points. */
    public static Font regular(float size) {
        return Loaded.FONT.deriveFont(Font.PLAIN, size);
    }

    /** The bold face at {@code size} points (synthesised from the regular one). */
    public static Font bold(float size) {
        return Loaded.FONT.deriveFont(Font.BOLD, size);
    }

    /** The index of the first character the font has no glyph for, or -1 when it can show all of {@code text}. */
    public static int firstMissingGlyph(String text) {
        return Loaded.FONT.canDisplayUpTo(text);
    }

    // Loaded on first use: 5 MB read once per JVM, and not at all by runs that draw no chart.
    private static final class Loaded {
        static final Font FONT = load();

        private static Font load() {
            try (InputStream in = JapaneseFont.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("bundled font " + RESOURCE + " is missing from the classpath");
                }
                return Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read bundled font " + RESOURCE, e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("bundled font " + RESOURCE + " is not a TrueType font", e);
            }
        }
    }
}
