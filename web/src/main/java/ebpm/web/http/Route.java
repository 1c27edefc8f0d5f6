package ebpm.web.http;

import ebpm.web.auth.Role;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One route: method, path pattern (its groups are the request's {@link Request#pathPart path parts}), who may use
 * it and how one who has not logged in is answered.
 */
public record Route(String method, Pattern path, Access access, Set<Role> roles, Handler handler) {

    /** How a route treats a request without a logged-in user. */
    public enum Access {
        /** anyone: the login page, the style sheet */
        PUBLIC,
        /** a page: sent to the login form, and back here after it */
        PAGE,
        /** a file a script may fetch: HTTP Basic accepted besides the session, 401 without either */
        DOWNLOAD
    }

    @FunctionalInterface
    public interface Handler {
        Response handle(Request request) throws Exception;
    }

    public static Route get(String path, Access access, Set<Role> roles, Handler handler) {
        return new Route("GET", Pattern.compile(path), access, roles, handler);
    }

    public static Route post(String path, Access access, Set<Role> roles, Handler handler) {
        return new Route("POST", Pattern.compile(path), access, roles, handler);
    }
}
