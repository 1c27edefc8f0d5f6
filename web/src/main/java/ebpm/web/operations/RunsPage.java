package ebpm.web.operations;

import ebpm.evidence.export.HtmlText;
import ebpm.web.http.PageLayout;
import ebpm.web.http.Request;
import ebpm.web.http.Response;
import java.util.List;
import java.util.Optional;

/**
 * {@code /runs}: whether a night is running, how fresh each source is, and the reports of the last nights (the
 * newest open, the others one line each until opened).
 */
public final class RunsPage {

    /** Two weeks of nights. */
    static final int NIGHTS_SHOWN = 14;

    private final OperationsSource source;

    public RunsPage(OperationsSource source) {
        this.source = source;
    }

    public Response show(Request request) throws Exception {
        StringBuilder content = new StringBuilder();
        Optional<String> running = source.nightRunning();
        content.append(running.map(holder -> "<p class=\"notice\">夜間処理（または再処理・取り下げ）が実行中です: "
                + HtmlText.escape(holder) + "</p>\n").orElse(""));
        content.append("<h2>データの鮮度</h2>\n<table>\n<thead><tr><th>ソース</th><th>最後に取り込んだファイル</th>"
                + "<th>到着</th><th>最新の期間</th><th class=\"number\">期限（日）</th><th>状態</th></tr></thead>\n<tbody>\n");
        for (OperationsSource.SourceFreshness row : source.freshness()) {
            content.append("<tr><td>").append(HtmlText.escape(row.source())).append("</td><td>")
                    .append(HtmlText.escape(text(row.lastFile()))).append("</td><td>")
                    .append(HtmlText.escape(text(row.lastTakenAt()))).append("</td><td>")
                    .append(HtmlText.escape(text(row.latestPeriod()))).append("</td><td class=\"number\">")
                    .append(row.expectedDays() == null ? "—" : row.expectedDays()).append("</td><td>")
                    .append(row.overdue() ? "<span class=\"overdue\">期限切れ</span>" : "期限内").append("</td></tr>\n");
        }
        content.append("</tbody>\n</table>\n<h2>最近の夜間処理</h2>\n");
        List<String> reports = source.lastNightReports(NIGHTS_SHOWN);
        if (reports.isEmpty()) {
            content.append("<p>まだ夜間処理の記録がありません（ebpm nightly の後に表示されます）。</p>\n");
        }
        // A report is the text 'ebpm status' prints (steps, rows read/written/rejected, failure cause, checks); its
        // first line names the run, its status, when it started and how long it took.
        for (int i = 0; i < reports.size(); i++) {
            String report = reports.get(i);
            String firstLine = report.lines().findFirst().orElse("");
            content.append("<details class=\"night").append(failed(firstLine) ? " failed" : "").append('"')
                    .append(i == 0 ? " open" : "").append("><summary>").append(HtmlText.escape(firstLine))
                    .append("</summary>\n<pre class=\"report\">").append(HtmlText.escape(report))
                    .append("</pre>\n</details>\n");
        }
        content.append("<p>除外された行は <a href=\"/rejects\">除外された行</a> で見られます。</p>\n");
        return Response.html(PageLayout.page("夜間処理", request, content.toString()));
    }

    private static boolean failed(String firstLine) {
        return firstLine.contains(" FAILED ") || firstLine.contains(" STOPPED ") || firstLine.contains(" UNKNOWN ");
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }
}
