package ebpm.web.http;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A posted {@code multipart/form-data} form (a file upload): its fields and files by name. The body is read as
 * ISO-8859-1, which maps every byte to one character, so a file's bytes come back unchanged.
 */
public final class MultipartForm {

    /** One part: a field's value, or a file's name and content. */
    public record Part(String name, Optional<String> fileName, byte[] content) {
        public String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    private static final Pattern BOUNDARY = Pattern.compile("boundary=(?:\"([^\"]+)\"|([^;\\s]+))");
    private static final Pattern NAME = Pattern.compile("[; ]name=\"([^\"]*)\"");
    private static final Pattern FILE_NAME = Pattern.compile("filename=\"([^\"]*)\"");

    private MultipartForm() {
    }

    public static Map<String, Part> parse(String contentType, byte[] body) {
        Matcher boundary = BOUNDARY.matcher(contentType);
        if (!boundary.find()) {
            throw HttpError.badRequest("送られたフォームの形式が読めません（multipart の区切りがありません）。");
        }
        String delimiter = "--" + (boundary.group(1) != null ? boundary.group(1) : boundary.group(2));
        String text = new String(body, StandardCharsets.ISO_8859_1);
        Map<String, Part> parts = new LinkedHashMap<>();
        int at = text.indexOf(delimiter);
        while (at >= 0) {
            int start = at + delimiter.length();
            if (text.startsWith("--", start)) {
                break;
            }
            int next = text.indexOf("\r\n" + delimiter, start);
            if (next < start + 2) {
                throw HttpError.badRequest("送られたフォームが途中で切れています。もう一度送ってください。");
            }
            String part = text.substring(start + 2, next);
            int headersEnd = part.indexOf("\r\n\r\n");
            if (headersEnd >= 0) {
                String headers = part.substring(0, headersEnd);
                Matcher name = NAME.matcher(headers);
                if (name.find()) {
                    Matcher fileName = FILE_NAME.matcher(headers);
                    // The headers' non-ASCII (a Japanese file name) was sent as UTF-8.
                    Optional<String> file = fileName.find() ? Optional.of(new String(
                            fileName.group(1).getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8))
                            : Optional.empty();
                    parts.put(name.group(1), new Part(name.group(1), file,
                            part.substring(headersEnd + 4).getBytes(StandardCharsets.ISO_8859_1)));
                }
            }
            at = next + 2;
        }
        return parts;
    }
}
