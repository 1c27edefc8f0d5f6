package ebpm.evidence.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The Japanese font charts are drawn with: Noto Sans JP Regular (SIL Open Font License 1.1), bundled under
 * {@code ebpm/fonts/}, so that labels render the same on a server without any CJK font installed.
 */
public final class JapaneseFont {

    static final String RESOURCE = "/ebpm/fonts/NotoSansJP-Regular.ttf";
    private static final String LICENCE = "/ebpm/fonts/OFL.txt";

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

    /** The file name the font is written under, beside the notebooks that draw with it. */
    public static final String FILE_NAME = "NotoSansJP-Regular.ttf";

    /**
     * Writes the font file to {@code file} (with its licence beside it), unless it is there already. One copy at a
     * time: the notebooks of a pack, written side by side, share one font folder.
     */
    public static synchronized void copyTo(Path file) throws IOException {
        if (Files.exists(file)) {
            return;
        }
        Files.createDirectories(file.getParent());
        try (InputStream in = JapaneseFont.class.getResourceAsStream(RESOURCE);
             InputStream licence = JapaneseFont.class.getResourceAsStream(LICENCE)) {
            if (in == null || licence == null) {
                throw new IllegalStateException("bundled font " + RESOURCE + " or its licence is missing");
            }
            Files.copy(licence, file.resolveSibling("OFL.txt"), StandardCopyOption.REPLACE_EXISTING);
            Path aside = file.resolveSibling(file.getFileName() + ".tmp");
            Files.copy(in, aside, StandardCopyOption.REPLACE_EXISTING);
            Files.move(aside, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
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
