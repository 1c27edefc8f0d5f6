package ebpm.web.auth;

import ebpm.evidence.export.HtmlText;
import ebpm.web.http.PageLayout;
import ebpm.web.http.Request;
import ebpm.web.http.Response;
import java.util.List;
import java.util.Optional;

/** The login form, the login itself and the logout. */
public final class LoginPage {

    private final Optional<PasswordLogin> users;
    private final Sessions sessions;

    public LoginPage(Optional<PasswordLogin> users, Sessions sessions) {
        this.users = users;
        this.sessions = sessions;
    }

    /** The form; it starts an anonymous session whose token the form carries. */
    public Response show(Request request) {
        if (users.isEmpty()) {
            return Response.redirect("/");
        }
        Session session = request.session() != null ? request.session() : sessions.start(Optional.empty());
        Response page = Response.html(form(session, next(first(request, "next")), ""));
        return request.session() == null ? page.withHeader("Set-Cookie", request.sessionCookie(session)) : page;
    }

    public Response login(Request request) {
        if (users.isEmpty()) {
            return Response.redirect("/");
        }
        String next = next(request.formValue("next"));
        Optional<User> user;
        try {
            user = users.get().authenticate(request.formValue("name").strip(), request.formValue("password"));
        } catch (PasswordLogin.LockedOut e) {
            return Response.html(429, form(request.session(), next,
                    "<p class=\"error\" role=\"alert\">" + HtmlText.escape(e.getMessage()) + "</p>\n"));
        }
        if (user.isEmpty()) {
            return Response.html(401, form(request.session(), next,
                    "<p class=\"error\" role=\"alert\">利用者名またはパスワードが違います。</p>\n"));
        }
        // A new session for the user: an id someone planted before the login is worth nothing after it.
        sessions.end(request.session().id());
        Session session = sessions.start(user);
        return Response.redirect(next.isEmpty() ? user.get().home() : next)
                .withHeader("Set-Cookie", request.sessionCookie(session));
    }

    public Response logout(Request request) {
        if (request.session() != null) {
            sessions.end(request.session().id());
        }
        return Response.redirect("/login").withHeader("Set-Cookie", request.expiredSessionCookie());
    }

    private static String form(Session session, String next, String message) {
        return PageLayout.page("ログイン", null, message
                + "<form method=\"post\" action=\"/login\" class=\"login\">\n" + PageLayout.csrfField(session)
                + "<input type=\"hidden\" name=\"next\" value=\"" + HtmlText.escape(next) + "\">\n"
                + "<label>利用者名 <input name=\"name\" autocomplete=\"username\" required></label>\n"
                + "<label>パスワード <input name=\"password\" type=\"password\" autocomplete=\"current-password\" "
                + "required></label>\n<button type=\"submit\">ログイン</button>\n</form>\n");
    }

    /** Where to go after the login: a path of this app only, never another site ({@code //evil.example}). */
    static String next(String next) {
        return next != null && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\")
                && next.length() <= 2000 && next.chars().noneMatch(c -> c < 0x20) ? next : "";
    }

    private static String first(Request request, String name) {
        List<String> values = request.query().get(name);
        return values == null || values.isEmpty() ? "" : values.get(0);
    }
}
