package ebpm.analytics.project;

import ebpm.analytics.checksum.Sha256;
import java.nio.charset.StandardCharsets;

/**
 * One file of a project as read: its path inside the project ({@code models/indicators/ind_x.sql}), where it came
 * from as messages name it ({@code built-in models/indicators/ind_x.sql}, or the file in the office's project
 * folder), and its bytes.
 */
public record ProjectFile(String path, String origin, byte[] content) {

    private static final String BUILT_IN = "built-in ";

    /** A file shipped in the jar. */
    public static ProjectFile builtIn(String path, byte[] content) {
        return new ProjectFile(path, BUILT_IN + path, content);
    }

    /** The content as UTF-8 text, as definitions (SQL, YAML) are written. */
    public String text() {
        String text = new String(content, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The file name without its folder and extension, e.g. {@code ind_x}. */
    public String stem() {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    public String sha256() {
        return Sha256.hex(content);
    }

    public boolean builtIn() {
        return origin.startsWith(BUILT_IN);
    }
}
