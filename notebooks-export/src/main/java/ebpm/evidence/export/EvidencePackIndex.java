package ebpm.evidence.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * Writes the {@code index.html} of a nightly evidence pack: one row per evidence document,
 * linking to the files written for it, so a planner can open the folder and find their table.
 */
public final class EvidencePackIndex {

    public static final String FILE_NAME = "index.html";

    private EvidencePackIndex() {
    }

    /**
     * Writes {@code index.html} into {@code folder}, titled e.g. {@code エビデンス・パック 2026-11-21}.
     *
     * @return the file written
     */
    public static Path write(Path folder, String title, List<PackEntry> entries) throws IOException {
        Path index = folder.resolve(FILE_NAME);
        HtmlPage.write(index, title, table(entries));
        return index;
    }

    private static String table(List<PackEntry> entries) {
        StringBuilder html = new StringBuilder("<table>\n<thead>\n<tr>"
                + "<th scope=\"col\">資料</th><th scope=\"col\">説明</th><th scope=\"col\">ファイル</th>"
                + "</tr>\n</thead>\n<tbody>\n");
        for (PackEntry entry : entries) {
            html.append("<tr><td>").append(HtmlText.escape(entry.title()))
                    .append("</td><td class=\"description\">").append(HtmlText.escape(entry.description()))
                    .append("</td><td>").append(links(entry.files())).append("</td></tr>\n");
        }
        return html.append("</tbody>\n</table>\n").toString();
    }

    private static String links(List<Path> files) {
        return files.stream()
                .map(file -> "<a href=\"" + HtmlText.escape(href(file)) + "\">"
                        + HtmlText.escape(formatLabel(file)) + "</a>")
                .collect(Collectors.joining(" "));
    }

    /** The format a planner recognises, from the file's extension: {@code CSV}, {@code HTML}. */
    private static String formatLabel(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(dot + 1).toUpperCase(Locale.ROOT);
    }

    // Percent-encoding each segment keeps a name like "a b#1.csv" or "javascript:x" a relative link to that file.
    private static String href(Path file) {
        return StreamSupport.stream(file.normalize().spliterator(), false)
                .map(segment -> percentEncoded(segment.toString()))
                .collect(Collectors.joining("/"));
    }

    private static String percentEncoded(String segment) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (isUnreserved(c)) {
                encoded.append(c);
            } else {
                encoded.append(String.format("%%%02X", b & 0xFF));
            }
        }
        return encoded.toString();
    }

    // RFC 3986 unreserved characters: the only ones that mean the same everywhere in a URL.
    private static boolean isUnreserved(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }
}
