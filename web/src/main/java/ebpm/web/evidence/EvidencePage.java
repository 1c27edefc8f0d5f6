package ebpm.web.evidence;

import ebpm.evidence.catalog.EvidenceDefinition;
import ebpm.evidence.chart.ChartRenderer;
import ebpm.evidence.catalog.EvidenceParameter;
import ebpm.evidence.export.EvidenceDocument;
import ebpm.evidence.export.EvidenceExporter;
import ebpm.evidence.export.EvidenceExporters;
import ebpm.evidence.export.HtmlExporter;
import ebpm.evidence.export.HtmlText;
import ebpm.evidence.query.NoDataYetException;
import ebpm.analytics.period.FiscalYear;
import ebpm.web.http.FolderZip;
import ebpm.web.http.HttpError;
import ebpm.web.http.PageLayout;
import ebpm.web.http.Request;
import ebpm.web.http.Response;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A table's page ({@code /evidence/{name}?fy=2020}): the filters as a form whose URL can be shared, the table and
 * chart as the HTML export shows them, buttons for the four downloads; and the downloads themselves
 * ({@code /evidence/{name}.xlsx?fy=2020}), written by the same exporters as {@code ebpm evidence}.
 */
public final class EvidencePage {

    public static final String NAME = "[A-Za-z0-9][A-Za-z0-9_-]*";
    /** A page kept is shown again until the next night; 64 pages of tables are a few megabytes. */
    private static final int PAGES_KEPT = 64;

    private final EvidenceSource source;
    private final Map<String, String> pagesKept = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > PAGES_KEPT;
        }
    };
    /** The catalog's thumbnails, one per table with a chart, until the next night. */
    private final Map<String, byte[]> chartsKept = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > PAGES_KEPT;
        }
    };

    public EvidencePage(EvidenceSource source) {
        this.source = source;
    }

    public Response show(Request request) throws Exception {
        EvidenceDefinition definition = definition(request.pathPart(1));
        FilterChoices choices = source.choices();
        Map<String, String> filters = FilterForm.read(definition, request.query(), choices);
        String content = form(definition, filters, choices) + downloads(definition, filters) + table(definition, filters);
        return Response.html(PageLayout.page(definition.title(), request, content));
    }

    /**
     * The chart of a table at its default filters, as a PNG for the catalog's thumbnail ({@code
     * /evidence/{name}/chart.png}); 404 where the table declares no chart, needs a filter first, or has no rows yet.
     */
    public Response chart(Request request) throws Exception {
        EvidenceDefinition definition = definition(request.pathPart(1));
        if (!hasThumbnail(definition)) {
            throw HttpError.notFound("この表にはグラフがありません。");
        }
        String key = definition.name() + "@" + source.version();
        byte[] png;
        synchronized (chartsKept) {
            png = chartsKept.get(key);
        }
        if (png == null) {
            EvidenceDocument document;
            try {
                document = source.build(definition, Map.of());
            } catch (NoDataYetException e) {
                throw HttpError.notFound("この表の元になるデータがまだありません。");
            }
            if (document.chart().isEmpty() || document.table().rowCount() == 0) {
                throw HttpError.notFound("この表にはまだグラフにする行がありません。");
            }
            png = ChartRenderer.png(document.table(), document.chart().get(), document.title(), document.decimals());
            synchronized (chartsKept) {
                chartsKept.put(key, png);
            }
        }
        return new Response(200, "image/png", png, Map.of("Cache-Control", "private, max-age=300"));
    }

    /** Whether the catalog shows a thumbnail of the table's chart: it declares one and needs no filter first. */
    static boolean hasThumbnail(EvidenceDefinition definition) {
        return definition.chart().isPresent() && definition.requiredParameters().isEmpty();
    }

    public Response download(Request request) throws Exception {
        EvidenceDefinition definition = definition(request.pathPart(1));
        Map<String, String> filters = FilterForm.read(definition, request.query(), source.choices());
        return download(definition, request.pathPart(2), filters);
    }

    /** The file {@code ebpm evidence} writes for these filters, as a download. */
    Response download(EvidenceDefinition definition, String format, Map<String, String> filters) throws Exception {
        EvidenceExporter exporter = EvidenceExporters.forFormat(format);
        requireFilters(definition, filters);
        EvidenceDocument document = build(definition, filters);
        // Written by the exporter into a folder of its own, as 'ebpm evidence' writes it, and read back whole. A
        // notebook reads folders beside it (its rows, its font), so it is sent as a ZIP of the folder; a lone file
        // is sent as it is (its lineage JSON stays behind: the HTML and XLSX carry the source line).
        Path folder = Files.createTempDirectory("ebpm-download");
        try {
            Path file = exporter.exportInto(folder, document);
            if (hasFolders(folder)) {
                String top = stem(file) + "-" + exporter.extension();
                return Response.download(FolderZip.of(folder, top), "application/zip", top + ".zip");
            }
            return Response.download(Files.readAllBytes(file), contentType(exporter.extension()),
                    file.getFileName().toString());
        } finally {
            deleteTree(folder);
        }
    }

    EvidenceDefinition definition(String name) {
        if (!source.catalog().names().contains(name)) {
            throw HttpError.notFound("エビデンス表「" + FilterForm.shown(name) + "」はありません。一覧から選んでください。");
        }
        return source.catalog().definition(name);
    }

    /** The table and chart as the HTML export shows them, kept until the next night; or why there is none. */
    String table(EvidenceDefinition definition, Map<String, String> filters) throws Exception {
        List<EvidenceParameter> missing = missing(definition, filters);
        if (!missing.isEmpty()) {
            return "<p class=\"notice\">" + HtmlText.escape(missingText(missing)) + "</p>\n";
        }
        String key = definition.name() + "?" + filters + "@" + source.version();
        synchronized (pagesKept) {
            String kept = pagesKept.get(key);
            if (kept != null) {
                return kept;
            }
        }
        String body;
        try {
            body = HtmlExporter.body(build(definition, filters));
        } catch (NoDataYetException e) {
            return "<p class=\"notice\">この表の元になるデータがまだありません。夜間処理でデータが入ると表示されます。</p>\n";
        }
        synchronized (pagesKept) {
            pagesKept.put(key, body);
        }
        return body;
    }

    private EvidenceDocument build(EvidenceDefinition definition, Map<String, String> filters) throws Exception {
        try {
            return source.build(definition, filters);
        } catch (IllegalArgumentException e) {
            // The filters passed FilterForm; what is left is a value the figures do not know (e.g. a plan's year).
            throw HttpError.badRequest("この絞り込みでは表を作れません: " + e.getMessage());
        } catch (NoDataYetException e) {
            throw HttpError.notFound("この表の元になるデータがまだありません。夜間処理でデータが入ると作れます。");
        }
    }

    private static void requireFilters(EvidenceDefinition definition, Map<String, String> filters) {
        List<EvidenceParameter> missing = missing(definition, filters);
        if (!missing.isEmpty()) {
            throw HttpError.badRequest(missingText(missing));
        }
    }

    private static List<EvidenceParameter> missing(EvidenceDefinition definition, Map<String, String> filters) {
        return definition.requiredParameters().stream().filter(p -> !filters.containsKey(p.name())).toList();
    }

    private static String missingText(List<EvidenceParameter> missing) {
        return "この表は「" + String.join("」「", missing.stream().map(EvidenceParameter::label).toList())
                + "」を選んでから表示します。上で選んで「表示」を押してください。";
    }

    /** The filters as a GET form: choosing and pressing 表示 gives a URL that shows the same table to anyone. */
    private static String form(EvidenceDefinition definition, Map<String, String> filters, FilterChoices choices) {
        if (definition.parameters().isEmpty()) {
            return "";
        }
        StringBuilder form = new StringBuilder("<form method=\"get\" class=\"filters\">\n");
        for (EvidenceParameter parameter : definition.parameters()) {
            String given = filters.getOrDefault(parameter.name(), "");
            String id = "f-" + parameter.name();
            form.append("<label for=\"").append(id).append("\">").append(HtmlText.escape(parameter.label()))
                    .append("</label>\n");
            if ("fiscal_year".equals(parameter.type())) {
                form.append(select(id, parameter, given, choices.fiscalYears().stream()
                        .map(year -> new FilterChoices.Choice(Integer.toString(year),
                                FiscalYear.japanese(year) + "（" + year + "）")).toList(), "最新の年度"));
            } else if (choices.of(parameter.type()).isPresent()) {
                form.append(select(id, parameter, given, choices.of(parameter.type()).get(),
                        parameter.required() ? "選んでください" : parameter.optional() ? "すべて" : "既定"));
            } else {
                form.append("<input id=\"").append(id).append("\" name=\"").append(HtmlText.escape(parameter.name()))
                        .append("\" value=\"").append(HtmlText.escape(given)).append("\" maxlength=\"200\">\n");
            }
        }
        return form.append("<button type=\"submit\">表示</button>\n</form>\n").toString();
    }

    private static String select(String id, EvidenceParameter parameter, String given,
                                 List<FilterChoices.Choice> options, String none) {
        return select(id, parameter.name(), given, options, none);
    }

    /** A list input whose first option ({@code none}) leaves the filter out. */
    static String select(String id, String name, String given, List<FilterChoices.Choice> options, String none) {
        StringBuilder select = new StringBuilder("<select id=\"").append(id).append("\" name=\"")
                .append(HtmlText.escape(name)).append("\">\n<option value=\"\">").append(none)
                .append("</option>\n");
        for (FilterChoices.Choice option : options) {
            select.append("<option value=\"").append(HtmlText.escape(option.value())).append('"')
                    .append(option.value().equals(given) ? " selected" : "").append('>')
                    .append(HtmlText.escape(option.label())).append("</option>\n");
        }
        return select.append("</select>\n").toString();
    }

    private static String downloads(EvidenceDefinition definition, Map<String, String> filters) {
        if (!missing(definition, filters).isEmpty()) {
            return "";
        }
        String query = query(filters);
        StringBuilder links = new StringBuilder("<p class=\"downloads\">ダウンロード:");
        for (String format : EvidenceExporters.formats()) {
            links.append(" <a class=\"button\" href=\"/evidence/").append(HtmlText.escape(definition.name()))
                    .append('.').append(format).append(HtmlText.escape(query)).append("\">")
                    .append(label(format)).append("</a>");
        }
        return links.append("</p>\n").toString();
    }

    /** The filters as a URL's query ({@code ?fy=2020&municipality=141003}), or nothing when there are none. */
    static String query(Map<String, String> filters) {
        StringBuilder query = new StringBuilder();
        filters.forEach((name, value) -> query.append(query.length() == 0 ? "?" : "&").append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return query.toString();
    }

    private static String label(String format) {
        return switch (format) {
            case "csv" -> "CSV";
            case "xlsx" -> "Excel（XLSX）";
            case "html" -> "HTML";
            default -> "ノートブック（IPYNB とデータの ZIP）";
        };
    }

    static String contentType(String extension) {
        return switch (extension) {
            case "csv" -> "text/csv; charset=utf-8";
            case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            default -> "text/html; charset=utf-8";
        };
    }

    private static boolean hasFolders(Path folder) throws IOException {
        try (Stream<Path> paths = Files.list(folder)) {
            return paths.anyMatch(Files::isDirectory);
        }
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
