package ebpm.web.http;

import com.sun.net.httpserver.HttpExchange;
import ebpm.web.auth.Session;
import ebpm.web.auth.User;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * One request as the handlers see it: the path's parts the route captured, the query, the form, the session and
 * the user it was authenticated as (the router sets both before a handler runs).
 */
public final class Request {

    private final HttpExchange exchange;
    private final Matcher path;
    private final Map<String, List<String>> query;
    private final Session session;
    private final User user;
    private byte[] body;
    private Map<String, MultipartForm.Part> multipart;

    Request(HttpExchange exchange, Matcher path, Session session, User user) {
        this.exchange = exchange;
        this.path = path;
        this.query = QueryString.parse(exchange.getRequestURI().getRawQuery());
        this.session = session;
        this.user = user;
    }

    public String method() {
        return exchange.getRequestMethod();
    }

    /** The path and query as sent, e.g. {@code /evidence/x?fy=2020}: where to come back to after logging in. */
    public String pathAndQuery() {
        String raw = exchange.getRequestURI().getRawQuery();
        return exchange.getRequestURI().getRawPath() + (raw == null ? "" : "?" + raw);
    }

    /** The {@code n}th group of the route's pattern, e.g. the table name of {@code /evidence/{name}}. */
    public String pathPart(int n) {
        return path.group(n);
    }

    public Map<String, List<String>> query() {
        return query;
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(exchange.getRequestHeaders().getFirst(name));
    }

    /** The session (anonymous until a login); null for a request authenticated by HTTP Basic or a local server. */
    public Session session() {
        return session;
    }

    public User user() {
        return user;
    }

    /** The Set-Cookie value that gives the browser {@code session} (after a login). */
    public String sessionCookie(Session session) {
        return Router.cookieHeader(session, exchange);
    }

    /** The Set-Cookie value that makes the browser forget its session (after a logout). */
    public String expiredSessionCookie() {
        return ebpm.web.auth.Sessions.COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict"
                + Router.secure(exchange);
    }

    /** The body, refused with 413 beyond {@code limit} bytes (an upload's size limit, a form's). */
    public byte[] body(int limit) {
        if (body == null) {
            try (InputStream in = exchange.getRequestBody()) {
                byte[] read = in.readNBytes(limit + 1);
                if (read.length > limit) {
                    // Read the rest (up to a point) before answering, so the sender gets the answer, not a reset.
                    long skipped = 0;
                    byte[] buffer = new byte[64 * 1024];
                    for (int n = in.read(buffer); n > 0 && skipped < DRAINED; n = in.read(buffer)) {
                        skipped += n;
                    }
                    throw new HttpError(413, "送られたデータが大きすぎます（上限 " + (limit / 1024 / 1024 > 0
                            ? limit / 1024 / 1024 + " MB" : limit / 1024 + " KB") + "）。");
                }
                body = read;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return body;
    }

    /** The largest upload taken: a health evaluation file of a municipality is a few hundred kilobytes. */
    public static final int UPLOAD_LIMIT = 5 * 1024 * 1024;
    private static final int FORM_LIMIT = 64 * 1024;
    private static final long DRAINED = 64L * 1024 * 1024;

    /** A posted {@code application/x-www-form-urlencoded} form. */
    public Map<String, List<String>> form() {
        return QueryString.parse(new String(body(FORM_LIMIT), StandardCharsets.US_ASCII));
    }

    /** The parts of a posted {@code multipart/form-data} form (an upload). */
    public Map<String, MultipartForm.Part> multipart() {
        if (multipart == null) {
            multipart = MultipartForm.parse(header("Content-Type").orElse(""), body(UPLOAD_LIMIT));
        }
        return multipart;
    }

    /** One value of a posted form, either kind, or empty. */
    public String formValue(String name) {
        if (header("Content-Type").orElse("").startsWith("multipart/form-data")) {
            MultipartForm.Part part = multipart().get(name);
            return part == null || part.fileName().isPresent() ? "" : part.text();
        }
        List<String> values = form().get(name);
        return values == null || values.isEmpty() ? "" : values.get(0);
    }
}
