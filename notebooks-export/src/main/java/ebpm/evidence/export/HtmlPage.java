package ebpm.evidence.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Frames body markup in the self-contained HTML5 page every evidence file shares.
 *
 * <p>Planners open these pages offline, from shared drives and e-mail, and some from networks
 * that block the internet; so the page carries its own style and loads nothing from anywhere.
 */
final class HtmlPage {

    private static final String STYLE = """
            body { font-family: system-ui, "Hiragino Sans", "Yu Gothic UI", Meiryo, sans-serif;
                   margin: 2rem; color: #1a1a1a; line-height: 1.6; }
            h1 { font-size: 1.4rem; }
            h2 { font-size: 1.1rem; }
            .description { white-space: pre-line; max-width: 60rem; }
            table { border-collapse: collapse; margin: 1rem 0; }
            th, td { border: 1px solid #999; padding: 0.3rem 0.6rem; vertical-align: top; text-align: left; }
            thead th { position: sticky; top: 0; background: #e3ebf4; }
            tbody tr:nth-child(even) { background: #f6f6f6; }
            .number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            figure { margin: 1rem 0; }
            figure img { max-width: 100%; height: auto; }
            footer { margin-top: 2rem; font-size: 0.9rem; color: #444; }
            footer dt { font-weight: bold; }
            footer dd { margin-left: 1.5rem; }
            code { font-family: ui-monospace, Consolas, monospace; }
            @media print { thead th { position: static; } }
            """;

    private HtmlPage() {
    }

    /** Writes the page; {@code title} is plain text, {@code body} is markup already escaped. */
    static void write(Path file, String title, String body) throws IOException {
        // An explicit UTF-8 writer: the platform default on Windows would mangle Japanese.
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(page(title, body));
        }
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html>\n"
                + "<html lang=\"ja\">\n"
                + "<head>\n"
                + "<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + HtmlText.escape(title) + "</title>\n"
                + "<style>\n" + STYLE + "</style>\n"
                + "</head>\n"
                + "<body>\n"
                + "<h1>" + HtmlText.escape(title) + "</h1>\n"
                + body
                + "</body>\n"
                + "</html>\n";
    }
}
