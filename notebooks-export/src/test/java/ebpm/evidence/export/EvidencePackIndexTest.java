package ebpm.evidence.export;

import static ebpm.evidence.export.SampleDocuments.document;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

class EvidencePackIndexTest {

    @TempDir
    Path folder;

    @Test
    void listsEachDocumentWithRelativeLinksToItsFiles() throws IOException {
        var doc = document(Table.create("counts", IntColumn.create("施策数", 89, 12)), Map.of());
        List<Path> written = new ArrayList<>();
        for (EvidenceExporter exporter : EvidenceExporters.parse("csv,html")) {
            written.add(exporter.exportInto(folder, doc));
        }

        Path index = EvidencePackIndex.write(folder, "エビデンス・パック 2026-11-21",
                List.of(PackEntry.of(doc, folder, written)));

        assertThat(index).isEqualTo(folder.resolve("index.html"));
        assertThat(Files.readString(index, StandardCharsets.UTF_8))
                .startsWith("<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n")
                .contains("<title>エビデンス・パック 2026-11-21</title>")
                .contains("<h1>エビデンス・パック 2026-11-21</h1>")
                .contains("<tbody>\n"
                        + "<tr><td>施策の成果指標達成状況（柱・中柱別） 令和2年度</td>"
                        + "<td class=\"description\">柱・中柱ごとに、成果指標を達成した施策の割合を示します。</td>"
                        + "<td><a href=\"achievement-by-pillar_FY2020.csv\">CSV</a> "
                        + "<a href=\"achievement-by-pillar_FY2020.html\">HTML</a></td></tr>\n"
                        + "</tbody>\n")
                .doesNotContain("http://", "https://", "<script", "<link", folder.toString());
    }

    @Test
    void encodesLinksAndEscapesText() throws IOException {
        var entry = new PackEntry("<b>達成状況</b> & 推移", "\"注意\"：'速報値'",
                List.of(Path.of("令和2年度", "達成 率#1.csv"), Path.of("a&b'c (1).html")));

        String page = Files.readString(EvidencePackIndex.write(folder, "パック <テスト>", List.of(entry)));

        assertThat(page)
                .contains("<h1>パック &lt;テスト&gt;</h1>")
                .contains("<tr><td>&lt;b&gt;達成状況&lt;/b&gt; &amp; 推移</td>"
                        + "<td class=\"description\">&quot;注意&quot;：&#39;速報値&#39;</td>"
                        + "<td><a href=\"%E4%BB%A4%E5%92%8C2%E5%B9%B4%E5%BA%A6/"
                        + "%E9%81%94%E6%88%90%20%E7%8E%87%231.csv\">CSV</a> "
                        + "<a href=\"a%26b%27c%20%281%29.html\">HTML</a></td></tr>\n")
                .doesNotContain("<b>");
    }

    @Test
    void refusesFilesOutsideThePackFolder() {
        assertThatThrownBy(() -> new PackEntry("達成状況", "", List.of(Path.of("../other/achievement.csv"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("inside the pack folder");
        assertThatThrownBy(() -> new PackEntry("達成状況", "", List.of(Path.of("/srv/ebpm/achievement.csv"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
