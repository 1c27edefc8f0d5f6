package ebpm.web.operations;

import ebpm.evidence.export.HtmlText;
import ebpm.web.http.HttpError;
import ebpm.web.http.PageLayout;
import ebpm.web.http.Request;
import ebpm.web.http.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code /rejects}: per source and landing file, the rows that could not be used with their line and reason, and
 * each rejects file to download ({@code /rejects/{source}/{file}.csv}) as the night wrote it.
 */
public final class RejectsPage {

    /**
     * A source or rejects file name as the night writes it: letters and digits of any script (a landing file named
     * 健診結果2020.csv), _ . -; never a path separator, and never starting with a dot.
     */
    public static final String PART = "[\\p{L}\\p{N}_][\\p{L}\\p{N}_.-]*";
    private static final int ROWS_SHOWN = 200;

    private final OperationsSource source;

    public RejectsPage(OperationsSource source) {
        this.source = source;
    }

    public Response show(Request request) throws IOException {
        StringBuilder content = new StringBuilder();
        List<Path> files = files();
        if (files.isEmpty()) {
            content.append("<p>除外された行はありません。</p>\n");
        }
        for (Path file : files) {
            String sourceName = file.getParent().getFileName().toString();
            List<List<String>> rows = SimpleCsv.rows(Files.readString(file, StandardCharsets.UTF_8));
            List<List<String>> body = rows.isEmpty() ? rows : rows.subList(1, rows.size());
            content.append("<h2>").append(HtmlText.escape(sourceName)).append(" / ")
                    .append(HtmlText.escape(file.getFileName().toString())).append("（").append(body.size())
                    .append("行）</h2>\n<p><a class=\"button\" href=\"/rejects/").append(HtmlText.escape(sourceName))
                    .append('/').append(HtmlText.escape(file.getFileName().toString()))
                    .append("\">CSVをダウンロード</a></p>\n<table>\n<thead><tr><th>元のファイル</th>"
                            + "<th class=\"number\">行</th><th>理由</th><th>行の内容</th></tr></thead>\n<tbody>\n");
            for (List<String> row : body.subList(0, Math.min(ROWS_SHOWN, body.size()))) {
                content.append("<tr>");
                for (int i = 0; i < 4; i++) {
                    content.append(i == 1 ? "<td class=\"number\">" : "<td>")
                            .append(HtmlText.escape(i < row.size() ? row.get(i) : "")).append("</td>");
                }
                content.append("</tr>\n");
            }
            content.append("</tbody>\n</table>\n");
            if (body.size() > ROWS_SHOWN) {
                content.append("<p>ほか ").append(body.size() - ROWS_SHOWN).append(" 行はCSVでご覧ください。</p>\n");
            }
        }
        return Response.html(PageLayout.page("除外された行", request, content.toString()));
    }

    public Response download(Request request) throws IOException {
        Path folder = source.rejects().toAbsolutePath().normalize();
        Path file = folder.resolve(request.pathPart(1)).resolve(request.pathPart(2)).normalize();
        // The parts match a name without slashes; the check stays, so no later pattern can reach outside the folder.
        if (!file.startsWith(folder) || !Files.isRegularFile(file) || !file.toString().endsWith(".csv")) {
            throw HttpError.notFound("除外行のファイル「" + request.pathPart(1) + "/" + request.pathPart(2)
                    + "」はありません。");
        }
        return Response.download(Files.readAllBytes(file), "text/csv; charset=utf-8", file.getFileName().toString());
    }

    private List<Path> files() throws IOException {
        Path folder = source.rejects();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(folder, 2)) {
            return paths.filter(path -> path.toString().endsWith(".csv") && Files.isRegularFile(path))
                    .filter(path -> path.getParent().getParent().equals(folder)).sorted().toList();
        }
    }
}
