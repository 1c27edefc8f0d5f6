package ebpm.web.http;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a handler answers: status, content type, body and any headers of its own (cookies, a download's name). */
public record Response(int status, String contentType, byte[] body, Map<String, String> headers) {

    public Response {
        headers = Map.copyOf(headers);
    }

    public static Response html(int status, String page) {
        return new Response(status, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    public static Response html(String page) {
        return html(200, page);
    }

    /** A 303 to a path of this app: after a form is posted, the browser asks for the page with GET. */
    public static Response redirect(String location) {
        return new Response(303, "text/plain; charset=utf-8", new byte[0], Map.of("Location", location));
    }

    /** A file to save, never to show in the app's origin: {@code fileName} is ASCII (evidence names are). */
    public static Response download(byte[] content, String contentType, String fileName) {
        return new Response(200, contentType, content,
                Map.of("Content-Disposition", "attachment; filename=\"" + fileName + "\""));
    }

    public Response withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Response(status, contentType, body, more);
    }
}
