package ebpm.jobs.landing;

import java.nio.file.Path;

/**
 * A landing file's name as a log line or run summary shows it: control characters (a newline, a tab, an escape)
 * written as {@code \n}, {@code \t}, {@code \u001b}, so that one file stays one line and no name can forge a line of
 * a summary. The manifest and the lake keep the real name.
 */
public final class ShownName {

    private ShownName() {
    }

    public static String of(Path file) {
        return of(String.valueOf(file.getFileName()));
    }

    public static String of(String name) {
        StringBuilder shown = new StringBuilder(name.length());
        name.codePoints().forEach(character -> {
            switch (character) {
                case '\n' -> shown.append("\\n");
                case '\r' -> shown.append("\\r");
                case '\t' -> shown.append("\\t");
                default -> {
                    if (Character.isISOControl(character)) {
                        shown.append(String.format("\\u%04x", character));
                    } else {
                        shown.appendCodePoint(character);
                    }
                }
            }
        });
        return shown.toString();
    }
}
