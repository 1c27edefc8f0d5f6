package ebpm.web.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import ebpm.web.auth.Session;
import ebpm.web.auth.Sessions;
import ebpm.web.auth.User;
import ebpm.web.auth.PasswordLogin;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;

/**
 * Every request passes here: the route is found, the user authenticated (session cookie; HTTP Basic on downloads;
 * the local user when there is no users file), the role and a posted form's token checked, the handler run and its
 * answer sent with the headers every answer carries. A refusal is a Japanese error page; an unexpected exception is
 * a 500 whose details go to the server's log only. One access-log line per request, never with a password (those
 * travel in bodies and the Authorization header, which are not logged).
 */
public final class Router implements HttpHandler {

    /** Nothing from the network, no scripts at all; inline style attributes carry the table's column widths. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    private static final DateTimeFormatter LOG_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final List<Route> routes;
    private final Optional<PasswordLogin> users;
    private final Sessions sessions;
    private final Consumer<String> accessLog;
    private final Clock clock;
    private final ZoneId zone;

    public Router(List<Route> routes, Optional<PasswordLogin> users, Sessions sessions, Consumer<String> accessLog,
                  Clock clock, ZoneId zone) {
        this.routes = List.copyOf(routes);
        this.users = users;
        this.sessions = sessions;
        this.accessLog = accessLog;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        long started = System.nanoTime();
        Request request = null;
        Response response;
        try {
            Found found = find(exchange);
            request = found.request();
            response = found.route().handler().handle(request);
            if (found.newCookie() != null) {
                response = response.withHeader("Set-Cookie", found.newCookie());
            }
        } catch (Refusal refusal) {
            response = refusal.response();
        } catch (HttpError error) {
            response = Response.html(error.status(), PageLayout.error(error.status(), error.getMessage(), request));
        } catch (Exception e) {
            // The details are the operator's: printed to the server's log, never shown to the browser.
            System.err.println("ebpm serve: " + exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath()
                    + " failed: " + e);
            e.printStackTrace();
            response = Response.html(500, PageLayout.error(500, "サーバーでエラーが発生しました。時間をおいてもう一度お試しください。"
                    + "続く場合は運用担当にお知らせください。", request));
        }
        send(exchange, response);
        accessLog.accept(ZonedDateTime.now(clock.withZone(zone)).format(LOG_TIME) + " "
                + exchange.getRemoteAddress().getAddress().getHostAddress() + " "
                + (request == null || request.user() == null ? "-" : request.user().name()) + " "
                + exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery())
                + " " + response.status() + " " + response.body().length + " "
                + (System.nanoTime() - started) / 1_000_000 + "ms");
    }

    private record Found(Route route, Request request, String newCookie) {
    }

    /** An answer decided before any handler ran: a login to go to, a 401 asking for credentials, a refusal. */
    private static final class Refusal extends RuntimeException {
        private final transient Response response;

        Refusal(Response response) {
            super(null, null, false, false);
            this.response = response;
        }

        Response response() {
            return response;
        }
    }

    private Found find(HttpExchange exchange) {
        if (users.isEmpty() && !localHost(exchange.getRequestHeaders().getFirst("Host"))) {
            // Without a users file only this machine may ask, also through a name that resolves here (rebinding).
            throw HttpError.forbidden("このサーバーはこの端末（127.0.0.1）からだけ使えます。");
        }
        String path = exchange.getRequestURI().getPath();
        Route chosen = null;
        Matcher matched = null;
        boolean otherMethod = false;
        for (Route route : routes) {
            Matcher matcher = route.path().matcher(path);
            if (matcher.matches()) {
                if (route.method().equals(exchange.getRequestMethod())
                        || ("HEAD".equals(exchange.getRequestMethod()) && "GET".equals(route.method()))) {
                    chosen = route;
                    matched = matcher;
                    break;
                }
                otherMethod = true;
            }
        }
        if (chosen == null) {
            throw otherMethod ? new HttpError(405, "このページはこの方法では使えません。")
                    : HttpError.notFound("ページ「" + shortened(path) + "」はありません。");
        }
        Optional<Session> session = cookie(exchange, Sessions.COOKIE).flatMap(sessions::find);
        String newCookie = null;
        User user;
        if (users.isEmpty()) {
            user = User.LOCAL;
            if (session.isEmpty()) {
                // The local user needs a session too: its forms carry the token a page of another site cannot know.
                session = Optional.of(sessions.start(Optional.of(User.LOCAL)));
                newCookie = cookieHeader(session.get(), exchange);
            }
        } else {
            user = session.flatMap(Session::user).orElse(null);
            if (user == null && chosen.access() == Route.Access.DOWNLOAD) {
                try {
                    user = basic(exchange).orElse(null);
                } catch (PasswordLogin.LockedOut e) {
                    throw new HttpError(429, e.getMessage());
                }
            }
        }
        Request request = new Request(exchange, matched, session.orElse(null), user);
        if (chosen.access() != Route.Access.PUBLIC) {
            if (user == null) {
                throw new Refusal(notLoggedIn(chosen, request));
            }
            if (!user.may(chosen.roles())) {
                throw new HttpError(403, "このページを開く権限がありません（" + PageLayout.roleJa(user) + "）。");
            }
        }
        if ("POST".equals(chosen.method()) && !Sessions.tokenMatches(request.session(), request.formValue("csrf"))) {
            throw new HttpError(403, "フォームの有効期限が切れたか、別のサイトから送られました。ページを開き直してから、"
                    + "もう一度送ってください。");
        }
        return new Found(chosen, request, newCookie);
    }

    private static Response notLoggedIn(Route route, Request request) {
        if (route.access() == Route.Access.DOWNLOAD) {
            return Response.html(401, PageLayout.error(401, "ダウンロードにはログインが必要です"
                    + "（スクリプトからは HTTP Basic 認証も使えます）。", null))
                    .withHeader("WWW-Authenticate", "Basic realm=\"ebpm\", charset=\"UTF-8\"");
        }
        return Response.redirect("/login?next=" + URLEncoder.encode(request.pathAndQuery(), StandardCharsets.UTF_8));
    }

    private Optional<User> basic(HttpExchange exchange) throws PasswordLogin.LockedOut {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        return colon < 0 ? Optional.empty()
                : users.orElseThrow().authenticate(decoded.substring(0, colon), decoded.substring(colon + 1));
    }

    /** The session cookie: never readable by scripts, never sent along from another site. */
    public static String cookieHeader(Session session, HttpExchange exchange) {
        return Sessions.COOKIE + "=" + session.id() + "; Path=/; HttpOnly; SameSite=Strict" + secure(exchange);
    }

    /** Behind a reverse proxy that speaks HTTPS, the cookie is only ever sent over HTTPS. */
    static String secure(HttpExchange exchange) {
        return "https".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("X-Forwarded-Proto")) ? "; Secure" : "";
    }

    static Optional<String> cookie(HttpExchange exchange, String name) {
        for (String header : exchange.getRequestHeaders().getOrDefault("Cookie", List.of())) {
            for (String part : header.split(";")) {
                String[] pair = part.strip().split("=", 2);
                if (pair.length == 2 && pair[0].equals(name)) {
                    return Optional.of(pair[1]);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean localHost(String host) {
        if (host == null) {
            return false;
        }
        String name = host.startsWith("[") ? host.substring(0, host.indexOf(']') + 1)
                : host.contains(":") ? host.substring(0, host.lastIndexOf(':')) : host;
        return name.equals("127.0.0.1") || name.equalsIgnoreCase("localhost") || name.equals("[::1]");
    }

    private static String shortened(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }

    private static void send(HttpExchange exchange, Response response) throws IOException {
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", response.contentType());
        headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Cache-Control", "no-store");
        for (Map.Entry<String, String> header : response.headers().entrySet()) {
            if (header.getKey().equals("Set-Cookie")) {
                headers.add(header.getKey(), header.getValue());
            } else {
                headers.set(header.getKey(), header.getValue());
            }
        }
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        byte[] body = response.body();
        exchange.sendResponseHeaders(response.status(), head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }
}
