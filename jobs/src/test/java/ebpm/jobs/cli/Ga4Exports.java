package ebpm.jobs.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Small GA4 page reports as GA4 writes them (comment lines, Japanese header), for tests that land them. */
public final class Ga4Exports {

    private static final String HEADER = "日付,ページ パスとスクリーン クラス,ページ タイトルとスクリーン クラス,表示回数,アクティブ ユーザー";

    private Ga4Exports() {
    }

    /** Writes a report with these rows ({@code 20200401,/stay/a/,A,10,5}) at {@code landing/relative}. */
    public static Path write(Path landing, String relative, String... rows) throws IOException {
        List<String> lines = new ArrayList<>(List.of("# ----------------------------------------",
                "# 開始日: 20200401", "# ----------------------------------------", HEADER));
        lines.addAll(List.of(rows));
        Path file = landing.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    /** Moves a landing file, as an operator does, creating the folder it goes to. */
    public static Path move(Path file, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        return Files.move(file, to);
    }
}
