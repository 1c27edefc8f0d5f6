package ebpm.web.submissions;

import ebpm.evidence.export.HtmlText;
import ebpm.web.auth.Role;
import ebpm.web.auth.User;
import ebpm.web.evidence.FilterChoices;
import ebpm.web.http.HttpError;
import ebpm.web.http.MultipartForm;
import ebpm.web.http.PageLayout;
import ebpm.web.http.Request;
import ebpm.web.http.Response;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * {@code /submissions/health}: a municipality uploads its health evaluation file (CSV or XLSX) and reads at once
 * which rows the night would reject and why. A file without rejected rows goes to the landing folder; for one with
 * some, nothing lands until the sender chooses: mend the file and send it again, or place the accepted rows now
 * ({@code /submissions/health/accept}). A municipality user submits for its own code only and sees its own
 * submissions; an operator chooses the municipality.
 */
public final class SubmissionPage {

    private final HealthSubmissions submissions;
    private final Supplier<List<FilterChoices.Choice>> municipalities;

    public SubmissionPage(HealthSubmissions submissions, Supplier<List<FilterChoices.Choice>> municipalities) {
        this.submissions = submissions;
        this.municipalities = municipalities;
    }

    public Response show(Request request) throws Exception {
        return Response.html(page(request, ""));
    }

    public Response submit(Request request) throws Exception {
        User user = request.user();
        String asked = request.formValue("municipality").strip();
        String municipality = user.role() == Role.MUNICIPALITY && !user.local() && asked.isEmpty()
                ? user.municipality().orElseThrow() : asked;
        if (!user.actsFor(municipality)) {
            throw HttpError.forbidden("市町村コード " + shown(municipality) + " の提出はできません。"
                    + "あなたが提出できるのは " + user.municipality().orElse("") + " だけです。");
        }
        if (municipalities.get().stream().noneMatch(choice -> choice.value().equals(municipality))) {
            throw HttpError.badRequest("市町村を選んでください（「" + shown(municipality) + "」は県内の市町村コードではありません）。");
        }
        MultipartForm.Part file = request.multipart().get("file");
        if (file == null || file.fileName().isEmpty() || file.content().length == 0) {
            throw HttpError.badRequest("ファイルを選んでから送ってください。");
        }
        String name = file.fileName().get();
        String lower = name.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".csv") && !lower.endsWith(".xlsx")) {
            throw HttpError.badRequest("「" + shown(name) + "」は CSV でも Excel（.xlsx）でもありません。"
                    + "保健事業評価の様式（CSV または .xlsx）で送ってください。");
        }
        HealthSubmissions.Result result = submissions.submit(name, file.content(), municipality, user.name());
        return Response.html(result.storedAs() == null && result.fileProblem() != null ? 422 : 200,
                page(request, result(result, request)));
    }

    /** The sender's choice after reading the rejected rows: place the accepted ones now. */
    public Response placeAccepted(Request request) throws Exception {
        HealthSubmissions.Result result;
        try {
            result = submissions.placeAccepted(request.formValue("pending"), request.user().name());
        } catch (IllegalArgumentException e) {
            throw HttpError.notFound("確認したファイルが見つかりません（確認から1時間を過ぎたか、すでに提出済みです）。"
                    + "もう一度ファイルを選んで確認してください。");
        }
        return Response.html(page(request, result(result, request)));
    }

    private String page(Request request, String result) throws Exception {
        User user = request.user();
        boolean ownOnly = user.role() == Role.MUNICIPALITY && !user.local();
        StringBuilder content = new StringBuilder(result);
        content.append("<h2>ファイルを提出する</h2>\n<p>保健事業評価の様式（CSV または Excel）を選んで「確認して提出」を押すと、"
                + "夜間処理と同じ規則ですぐに確認し、使えない行はその理由を表示します。使える行は次の夜間処理で取り込まれます。</p>\n")
                .append("<form method=\"post\" action=\"/submissions/health\" enctype=\"multipart/form-data\" "
                        + "class=\"filters\">\n").append(PageLayout.csrfField(request.session()));
        if (ownOnly) {
            content.append("<span>市町村コード ").append(HtmlText.escape(user.municipality().orElseThrow()))
                    .append("</span>\n");
        } else {
            content.append("<label for=\"municipality\">市町村</label>\n<select id=\"municipality\" name=\"municipality\">\n"
                    + "<option value=\"\">選んでください</option>\n");
            for (FilterChoices.Choice choice : municipalities.get()) {
                content.append("<option value=\"").append(HtmlText.escape(choice.value())).append("\">")
                        .append(HtmlText.escape(choice.label() + "（" + choice.value() + "）")).append("</option>\n");
            }
            content.append("</select>\n");
        }
        content.append("<input type=\"file\" name=\"file\" accept=\".csv,.xlsx\" required>\n"
                + "<button type=\"submit\">確認して提出</button>\n</form>\n");
        List<HealthSubmissions.Submission> done = submissions.submissions(ownOnly ? user.municipality().get() : null);
        content.append("<h2>これまでの提出</h2>\n");
        if (done.isEmpty()) {
            content.append("<p>まだ提出はありません。</p>\n");
        } else {
            content.append("<table>\n<thead><tr><th>日時</th><th>提出者</th><th>市町村コード</th><th>ファイル</th>"
                    + "<th class=\"number\">受付行</th><th class=\"number\">除外行</th><th>SHA-256</th></tr></thead>\n<tbody>\n");
            for (HealthSubmissions.Submission submission : done) {
                content.append("<tr><td>").append(HtmlText.escape(submission.submittedAt())).append("</td><td>")
                        .append(HtmlText.escape(submission.user())).append("</td><td>")
                        .append(HtmlText.escape(submission.municipality())).append("</td><td>")
                        .append(HtmlText.escape(submission.fileName())).append("</td><td class=\"number\">")
                        .append(submission.rowsAccepted()).append("</td><td class=\"number\">")
                        .append(submission.rowsRejected()).append("</td><td><code title=\"")
                        .append(HtmlText.escape(submission.sha256())).append("\">")
                        .append(HtmlText.escape(submission.sha256().substring(0, Math.min(12, submission.sha256().length()))))
                        .append("</code></td></tr>\n");
            }
            content.append("</tbody>\n</table>\n");
        }
        return PageLayout.page("保健事業評価の提出", request, content.toString());
    }

    private static String result(HealthSubmissions.Result result, Request request) {
        StringBuilder html = new StringBuilder("<section class=\"result\">\n<h2>確認の結果: ")
                .append(HtmlText.escape(result.fileName())).append("</h2>\n");
        if (result.fileProblem() != null) {
            html.append("<p class=\"error\" role=\"alert\">このファイルは読み込めません: ")
                    .append(HtmlText.escape(result.fileProblem())).append("</p>\n");
        }
        html.append("<p>").append(result.rowsRead()).append(" 行のうち ").append(result.rowsAccepted())
                .append(" 行を受け付けました").append(result.rejected().isEmpty() ? "。" : "、"
                        + result.rejected().size() + " 行は使えません（下の理由を直して、その行を提出し直してください）。")
                .append("</p>\n");
        if (result.storedAs() != null) {
            html.append("<p class=\"notice\">受け付けた行は ").append(HtmlText.escape(result.storedAs()))
                    .append(" として次の夜間処理で取り込まれます。</p>\n");
        }
        if (result.pending() != null) {
            html.append("<p class=\"notice\">まだ何も提出していません。ファイルを直して選び直すか、使える ")
                    .append(result.rowsAccepted()).append(" 行だけを今提出するかを選んでください"
                            + "（使えない行は、直してから別に提出できます）。</p>\n")
                    .append("<form method=\"post\" action=\"/submissions/health/accept\" class=\"accept\">\n")
                    .append(PageLayout.csrfField(request.session()))
                    .append("<input type=\"hidden\" name=\"pending\" value=\"")
                    .append(HtmlText.escape(result.pending())).append("\">\n<button type=\"submit\">使える ")
                    .append(result.rowsAccepted()).append(" 行だけを提出する</button>\n</form>\n");
        }
        if (!result.rejected().isEmpty()) {
            html.append("<table class=\"rejected\">\n<thead><tr><th class=\"number\">行</th><th>理由</th></tr></thead>\n<tbody>\n");
            for (HealthSubmissions.RejectedRow row : result.rejected()) {
                html.append("<tr><td class=\"number\">").append(row.line()).append("</td><td>")
                        .append(HtmlText.escape(row.reason())).append("</td></tr>\n");
            }
            html.append("</tbody>\n</table>\n");
        }
        return html.append("</section>\n").toString();
    }

    private static String shown(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
