package ebpm.web;

import ebpm.evidence.export.HtmlExporter;
import ebpm.web.http.Response;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The app's one style sheet: the evidence pages' own (so a table reads as in the HTML export) and the app's frame. */
final class StyleSheet {

    private static final String APP = """
            header.app { display: flex; gap: 1.5rem; align-items: center; flex-wrap: wrap; border-bottom: 2px solid #2b5d8c;
                         padding-bottom: 0.4rem; margin-bottom: 1rem; }
            header.app .brand { font-weight: bold; color: #2b5d8c; }
            header.app nav a { margin-right: 1rem; }
            header.app .user { margin-left: auto; color: #444; font-size: 0.9rem; }
            form.logout { display: inline; }
            form.filters { display: flex; flex-wrap: wrap; gap: 0.4rem 0.8rem; align-items: center; margin: 0.5rem 0;
                           padding: 0.6rem; background: #f1f5f9; border: 1px solid #cbd5e1; }
            form.login { display: grid; gap: 0.6rem; max-width: 22rem; }
            form.login label { display: grid; }
            select, input, button { font: inherit; padding: 0.2rem 0.4rem; }
            a.button { display: inline-block; border: 1px solid #2b5d8c; border-radius: 3px; padding: 0.15rem 0.6rem;
                       text-decoration: none; color: #2b5d8c; margin-left: 0.3rem; }
            ul.catalog { list-style: none; padding: 0; }
            ul.catalog li { margin-bottom: 1rem; overflow: hidden; }
            ul.catalog a.thumb { float: right; margin-left: 1rem; }
            ul.catalog a.thumb img { border: 1px solid #ccc; background: #fff; }
            ul.catalog li > a { font-size: 1.05rem; font-weight: bold; }
            ul.catalog p { margin: 0.2rem 0; }
            .grain { color: #555; font-size: 0.85rem; }
            .error { color: #a40000; font-weight: bold; }
            .notice { background: #fff7d6; border: 1px solid #e0c860; padding: 0.5rem; }
            pre.report { background: #f6f6f6; padding: 0.6rem; overflow-x: auto; font-size: 0.8rem; }
            .overdue { color: #a40000; font-weight: bold; }
            details.night summary { cursor: pointer; font-family: monospace; padding: 0.2rem 0; }
            details.night.failed summary { color: #a40000; font-weight: bold; }
            """;

    private StyleSheet() {
    }

    static Response response() {
        return new Response(200, "text/css; charset=utf-8",
                (HtmlExporter.style() + APP).getBytes(StandardCharsets.UTF_8), Map.of("Cache-Control", "max-age=3600"));
    }
}
