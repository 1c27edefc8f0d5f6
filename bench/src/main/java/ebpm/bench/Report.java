package ebpm.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** The results file: a markdown page headed by the environment, one section per case. */
final class Report {

    private final StringBuilder text = new StringBuilder();

    Report(String title, Map<String, String> environment, String notes) {
        text.append("# ").append(title).append("\n\n");
        text.append("| environment | |\n|---|---|\n");
        environment.forEach((key, value) -> text.append("| ").append(key).append(" | ").append(value).append(" |\n"));
        text.append("\n").append(notes).append("\n");
    }

    Report section(String heading, String body) {
        text.append("\n## ").append(heading).append("\n\n").append(body.strip()).append("\n");
        return this;
    }

    Path write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }

    static String met(boolean met) {
        return met ? "**met**" : "**not met**";
    }
}
