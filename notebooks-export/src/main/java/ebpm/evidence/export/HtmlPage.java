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
 * The style serves the screen (a sticky header row, text that wraps at a readable width, numbers that never wrap)
 * and paper: A4 landscape, the title, the header row and the source line repeated on every page (the browser
 * repeats a table's {@code thead} and {@code tfoot}), and "page / pages" in the page margin.
 */
final class HtmlPage {

    private static final String STYLE = """
            body { font-family: system-ui, "Hiragino Sans", "Yu Gothic UI", Meiryo, "Noto Sans CJK JP", sans-serif;
                   margin: 1.5rem 2rem; color: #1a1a1a; line-height: 1.6; }
            h1 { font-size: 1.4rem; margin: 0.5rem 0; }
            h2 { font-size: 1.1rem; }
            nav.back { font-size: 0.9rem; }
            .description { white-space: pre-line; max-width: 60rem; }
            table { border-collapse: collapse; margin: 1rem 0; font-size: 0.85rem; line-height: 1.45; }
            th, td { border: 1px solid #999; padding: 0.25rem 0.5rem; vertical-align: top; text-align: left; }
            thead th { position: sticky; top: 0; background: #e3ebf4; z-index: 1; }
            thead tr.print-title { display: none; }
            tbody tr:nth-child(even) { background: #f6f6f6; }
            .number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            th.number { white-space: normal; min-width: 3em; }
            td.short { white-space: nowrap; }
            table.fit { width: 100%; table-layout: fixed; }
            table.fit col { width: calc(var(--em) * 1em); }
            /* On screen, where type is larger, text wraps narrower and leaves the sentences more room. */
            table.fit col.short, table.fit col.medium { width: calc(var(--em) * 0.75em); }
            table.fit td { overflow-wrap: anywhere; }
            table.fit td.short { white-space: normal; }
            td.medium, th.medium { min-width: 5em; max-width: 16em; }
            td.long, th.long { min-width: 14em; }
            td.source-line { border: none; padding: 0.4rem 0 0; font-size: 0.85rem; color: #333; background: #fff; }
            td.empty { color: #555; }
            figure { margin: 1rem 0; }
            figure img { max-width: 100%; height: auto; }
            footer { margin-top: 2rem; font-size: 0.9rem; color: #444; }
            footer dt { font-weight: bold; }
            footer dd { margin-left: 1.5rem; }
            code { font-family: ui-monospace, Consolas, monospace; }
            @media print {
              body { margin: 0; font-size: 8.5pt; line-height: 1.35; }
              nav.back, footer { display: none; }
              figure img { max-height: 110mm; }
              h1 { display: none; }
              table { font-size: 7pt; line-height: 1.2; margin: 0; width: 100%; }
              th, td { padding: 1pt 3pt; }
              thead th { position: static; }
              table.fit col.short, table.fit col.medium { width: calc(var(--em) * 1em); }
              /* A row breaks across pages only where it must: a short row moves whole, a tall one fills the page. */
              tr { break-inside: auto; }
              thead tr.print-title { display: table-row; }
              thead tr.print-title th { border: none; background: none; font-size: 9pt; padding: 0 0 2pt; }
              td.source-line { font-size: 7.5pt; }
            }
            """;

    // The title and the source line repeat on every printed page as rows of the table's thead and tfoot, which every
    // browser repeats; the page number needs a page margin box (Chromium; Firefox prints its own).
    private static final String PAPER = "@page { size: A4 landscape; margin: 8mm 8mm 10mm 8mm;\n"
            + "  @bottom-right { content: counter(page) \" / \" counter(pages); font-size: 8pt; } }\n";

    private HtmlPage() {
    }

    /** The style of every evidence page, screen and paper; the web app serves it as its own style sheet. */
    static String style() {
        return STYLE + PAPER;
    }

    /** Writes the page; {@code title} is plain text, {@code body} is markup already escaped. */
    static void write(Path file, String title, String body) throws IOException {
        write(file, title, "", body);
    }

    /** Writes the page with {@code beforeTitle} markup above the heading (a link back to the pack's index). */
    static void write(Path file, String title, String beforeTitle, String body) throws IOException {
        // An explicit UTF-8 writer: the platform default on Windows would mangle Japanese.
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(page(title, beforeTitle, body));
        }
    }

    private static String page(String title, String beforeTitle, String body) {
        return "<!DOCTYPE html>\n"
                + "<html lang=\"ja\">\n"
                + "<head>\n"
                + "<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + HtmlText.escape(title) + "</title>\n"
                + "<style>\n" + STYLE + PAPER + "</style>\n"
                + "</head>\n"
                + "<body>\n"
                + beforeTitle
                + "<h1>" + HtmlText.escape(title) + "</h1>\n"
                + body
                + "</body>\n"
                + "</html>\n";
    }
}
