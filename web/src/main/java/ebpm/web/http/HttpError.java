package ebpm.web.http;

/**
 * A request the app refuses, with the status and the Japanese sentence the person who sent it reads. Thrown by any
 * handler; the server turns it into an error page, so a hostile filter value reads as 400, never as 500.
 */
public final class HttpError extends RuntimeException {

    private final int status;

    public HttpError(int status, String messageJa) {
        super(messageJa);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public static HttpError badRequest(String messageJa) {
        return new HttpError(400, messageJa);
    }

    public static HttpError notFound(String messageJa) {
        return new HttpError(404, messageJa);
    }

    public static HttpError forbidden(String messageJa) {
        return new HttpError(403, messageJa);
    }
}
