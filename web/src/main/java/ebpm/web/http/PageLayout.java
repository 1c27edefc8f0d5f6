package ebpm.web.http;

import ebpm.evidence.export.HtmlText;
import ebpm.web.auth.Role;
import ebpm.web.auth.Session;
import ebpm.web.auth.User;

/** The frame of every page: title, the menu of what the user may open, the logout button, the content. */
public final class PageLayout {

    private PageLayout() {
    }

    /** {@code content} is markup already escaped; {@code title} is plain text. */
    public static String page(String title, Request request, String content) {
        return "<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + HtmlText.escape(title) + " — ebpm</title>\n"
                + "<link rel=\"stylesheet\" href=\"/static/ebpm.css\">\n</head>\n<body>\n"
                + menu(request)
                + "<main>\n<h1>" + HtmlText.escape(title) + "</h1>\n" + content + "</main>\n</body>\n</html>\n";
    }

    private static String menu(Request request) {
        User user = request == null ? null : request.user();
        if (user == null) {
            return "<header class=\"app\"><span class=\"brand\">ebpm エビデンス</span></header>\n";
        }
        StringBuilder menu = new StringBuilder("<header class=\"app\"><span class=\"brand\">ebpm エビデンス</span>\n<nav>");
        if (user.local() || user.role() != Role.MUNICIPALITY) {
            menu.append("<a href=\"/\">エビデンス表</a><a href=\"/indicators\">指標</a>");
        }
        if (user.local() || user.role() == Role.OPERATOR) {
            menu.append("<a href=\"/runs\">夜間処理</a><a href=\"/rejects\">除外された行</a>");
        }
        if (user.local() || user.role() != Role.PLANNER) {
            menu.append("<a href=\"/submissions/health\">保健事業評価の提出</a>");
        }
        menu.append("</nav>\n<span class=\"user\">").append(HtmlText.escape(user.local() ? "この端末の利用者"
                : user.name() + "（" + roleJa(user) + "）")).append("</span>");
        Session session = request.session();
        if (!user.local() && session != null) {
            menu.append("<form method=\"post\" action=\"/logout\" class=\"logout\">").append(csrfField(session))
                    .append("<button type=\"submit\">ログアウト</button></form>");
        }
        return menu.append("</header>\n").toString();
    }

    /** The hidden field every posted form carries; the router refuses a post without this session's token. */
    public static String csrfField(Session session) {
        return session == null ? ""
                : "<input type=\"hidden\" name=\"csrf\" value=\"" + HtmlText.escape(session.csrfToken()) + "\">";
    }

    static String roleJa(User user) {
        return switch (user.role()) {
            case PLANNER -> "企画担当";
            case OPERATOR -> "運用担当";
            case MUNICIPALITY -> "市町村 " + user.municipality().orElse("");
        };
    }

    public static String error(int status, String message, Request request) {
        String title = switch (status) {
            case 400 -> "指定が正しくありません";
            case 401 -> "ログインが必要です";
            case 403 -> "この操作はできません";
            case 404 -> "見つかりません";
            case 405 -> "この方法では使えません";
            case 413 -> "大きすぎます";
            default -> "エラーが発生しました";
        };
        return page(title, request, "<p class=\"error\" role=\"alert\">" + HtmlText.escape(message) + "</p>\n"
                + "<p><a href=\"/\">最初のページへ</a></p>\n");
    }
}
