package ebpm.web.evidence;

import ebpm.evidence.catalog.EvidenceDefinition;
import ebpm.evidence.export.HtmlText;
import ebpm.web.http.HttpError;
import ebpm.web.http.PageLayout;
import ebpm.web.http.Request;
import ebpm.web.http.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The indicator explorer: {@code /indicators} lists the indicators, {@code /indicators/{code}?area=141003} shows one
 * over its periods with the change from the period before and the target, as a chart and a table, for the area and
 * breakdown picked from those it has values for; {@code /indicators/{code}.csv} downloads it. It is the evidence
 * table {@code indicator} with the indicator fixed, so the figures, chart and CSV are the ones {@code ebpm evidence
 * indicator} writes.
 */
public final class IndicatorPage {

    public static final String CODE = "[a-z0-9_]{1,64}";
    static final String TABLE = "indicator";
    private static final Set<String> FILTERS = Set.of("area", "breakdown");

    private final EvidenceSource source;
    private final EvidencePage evidence;

    public IndicatorPage(EvidenceSource source, EvidencePage evidence) {
        this.source = source;
        this.evidence = evidence;
    }

    public Response list(Request request) throws Exception {
        StringBuilder list = new StringBuilder("<p>指標を選ぶと、期間ごとの値・前期間からの増減・目標をグラフと表で示します。"
                + "地域と内訳はその画面で選べます。</p>\n<ul class=\"catalog\">\n");
        for (FilterChoices.Choice indicator : source.choices().indicators()) {
            list.append("<li><a href=\"/indicators/").append(HtmlText.escape(indicator.value())).append("\">")
                    .append(HtmlText.escape(indicator.label())).append("</a> <span class=\"grain\">")
                    .append(HtmlText.escape(indicator.value())).append("</span></li>\n");
        }
        return Response.html(PageLayout.page("指標", request, list.append("</ul>\n").toString()));
    }

    public Response show(Request request) throws Exception {
        FilterChoices.Choice indicator = indicator(request.pathPart(1));
        EvidenceSource.IndicatorSlices slices = source.slicesOf(indicator.value());
        Map<String, String> filters = filters(request, indicator, slices);
        EvidenceDefinition definition = evidence.definition(TABLE);
        String content = form(slices, filters) + links(indicator, filters)
                + (slices.areas().isEmpty() ? "<p class=\"notice\">この指標にはまだ値がありません。夜間処理で値が入ると表示されます。</p>\n"
                : evidence.table(definition, filters));
        return Response.html(PageLayout.page("指標: " + indicator.label(), request, content));
    }

    public Response download(Request request) throws Exception {
        FilterChoices.Choice indicator = indicator(request.pathPart(1));
        Map<String, String> filters = filters(request, indicator, source.slicesOf(indicator.value()));
        return evidence.download(evidence.definition(TABLE), "csv", filters);
    }

    private FilterChoices.Choice indicator(String code) throws Exception {
        return source.choices().indicators().stream().filter(choice -> choice.value().equals(code)).findFirst()
                .orElseThrow(() -> HttpError.notFound("指標「" + FilterForm.shown(code) + "」はありません。"
                        + "指標の一覧から選んでください。"));
    }

    /** The indicator, and the area and breakdown when given: each one the indicator has values for. */
    private static Map<String, String> filters(Request request, FilterChoices.Choice indicator,
                                               EvidenceSource.IndicatorSlices slices) {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("indicator", indicator.value());
        for (Map.Entry<String, List<String>> entry : request.query().entrySet()) {
            if (!FILTERS.contains(entry.getKey())) {
                throw HttpError.badRequest("指標の画面で選べるのは area（地域）と breakdown（内訳）です（「"
                        + FilterForm.shown(entry.getKey()) + "」は使えません）。");
            }
            if (entry.getValue().size() > 1) {
                throw HttpError.badRequest("「" + entry.getKey() + "」が2回以上指定されています。1つにしてください。");
            }
            String value = entry.getValue().get(0).strip();
            if (value.isEmpty()) {
                continue;
            }
            boolean offered = entry.getKey().equals("area")
                    ? slices.areas().stream().anyMatch(area -> area.value().equals(value))
                    : slices.breakdowns().contains(value);
            if (!offered) {
                throw HttpError.badRequest((entry.getKey().equals("area") ? "地域" : "内訳") + "「"
                        + FilterForm.shown(value) + "」にはこの指標の値がありません。一覧から選んでください。");
            }
            filters.put(entry.getKey(), value);
        }
        return filters;
    }

    private static String form(EvidenceSource.IndicatorSlices slices, Map<String, String> filters) {
        if (slices.areas().isEmpty()) {
            return "";
        }
        List<FilterChoices.Choice> breakdowns = slices.breakdowns().stream()
                .map(breakdown -> new FilterChoices.Choice(breakdown, breakdown)).toList();
        return "<form method=\"get\" class=\"filters\">\n<label for=\"f-area\">地域</label>\n"
                + EvidencePage.select("f-area", "area", filters.getOrDefault("area", ""), slices.areas().stream()
                .map(area -> new FilterChoices.Choice(area.value(), area.label() + "（" + area.value() + "）"))
                .toList(), "県全体（既定）")
                + "<label for=\"f-breakdown\">内訳</label>\n"
                + EvidencePage.select("f-breakdown", "breakdown", filters.getOrDefault("breakdown", ""), breakdowns,
                "全体（既定）")
                + "<button type=\"submit\">表示</button>\n</form>\n";
    }

    private static String links(FilterChoices.Choice indicator, Map<String, String> filters) {
        Map<String, String> areaAndBreakdown = new LinkedHashMap<>(filters);
        areaAndBreakdown.remove("indicator");
        String table = "/evidence/" + TABLE + EvidencePage.query(filters);
        return "<p class=\"downloads\">ダウンロード: <a class=\"button\" href=\"/indicators/"
                + HtmlText.escape(indicator.value()) + ".csv" + HtmlText.escape(EvidencePage.query(areaAndBreakdown))
                + "\">CSV</a> <a href=\"" + HtmlText.escape(table) + "\">エビデンス表として開く（Excel・HTML・ノートブック）</a></p>\n";
    }
}
