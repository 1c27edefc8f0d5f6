package ebpm.jobs.web;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser as far as HTTP goes: keeps the session cookie, reads the form token from the page, posts forms; redirects
 * are not followed, so a test sees each answer. One per user.
 */
final class WebClient {

    private static final Pattern TOKEN = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final Pattern COOKIE = Pattern.compile("ebpm_session=([^;]*)");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private String cookie;
    private String token;

    WebClient(String url) {
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Logs in through the form, as a browser does; returns the answer to the posted form. */
    static WebClient loggedIn(String url, String name, String password) throws Exception {
        WebClient client = new WebClient(url);
        HttpResponse<String> answer = client.login(name, password);
        if (answer.statusCode() != 303) {
            throw new IllegalStateException("login of " + name + " failed: " + answer.statusCode() + " " + answer.body());
        }
        return client;
    }

    HttpResponse<String> login(String name, String password) throws Exception {
        get("/login");
        return post("/login", Map.of("name", name, "password", password));
    }

    HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(pathAndQuery).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        remember(response);
        return response;
    }

    HttpResponse<byte[]> bytes(String pathAndQuery) throws IOException, InterruptedException {
        return http.send(request(pathAndQuery).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A download as a script fetches it: HTTP Basic, no session. */
    HttpResponse<byte[]> basic(String pathAndQuery, String name, String password) throws Exception {
        String credentials = Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .header("Authorization", "Basic " + credentials).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Posts a form with this session's token, as the page's form would. */
    HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
        Map<String, String> form = new java.util.LinkedHashMap<>(fields);
        if (token != null) {
            form.putIfAbsent("csrf", token);
        }
        return postRaw(path, form);
    }

    /** Posts exactly these fields: a form from another site, without the token. */
    HttpResponse<String> postRaw(String path, Map<String, String> fields) throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = http.send(request(path)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        remember(response);
        return response;
    }

    /** Posts a file as the upload form does ({@code multipart/form-data}), with this session's token. */
    HttpResponse<String> upload(String path, Map<String, String> fields, String fileName, byte[] content)
            throws IOException, InterruptedException {
        String boundary = "----ebpm-test-boundary";
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        Map<String, String> form = new java.util.LinkedHashMap<>(fields);
        if (token != null) {
            form.putIfAbsent("csrf", token);
        }
        for (Map.Entry<String, String> field : form.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(request(path)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        remember(response);
        return response;
    }

    HttpResponse<String> send(HttpRequest.Builder builder) throws IOException, InterruptedException {
        if (cookie != null) {
            builder.header("Cookie", "ebpm_session=" + cookie);
        }
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    String url(String pathAndQuery) {
        return base + pathAndQuery;
    }

    String token() {
        return token;
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .timeout(Duration.ofSeconds(60));
        if (cookie != null) {
            builder.header("Cookie", "ebpm_session=" + cookie);
        }
        return builder;
    }

    private void remember(HttpResponse<String> response) {
        response.headers().allValues("Set-Cookie").forEach(header -> {
            Matcher matcher = COOKIE.matcher(header);
            if (matcher.find()) {
                cookie = matcher.group(1).isEmpty() ? null : matcher.group(1);
            }
        });
        Matcher matcher = TOKEN.matcher(response.body());
        if (matcher.find()) {
            token = matcher.group(1);
        }
    }
}
