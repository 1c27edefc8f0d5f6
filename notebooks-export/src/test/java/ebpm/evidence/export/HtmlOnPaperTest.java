package ebpm.evidence.export;

import static ebpm.evidence.export.SampleDocuments.document;
import static org.assertj.core.api.Assertions.assertThat;

import ebpm.analytics.testing.TestTools;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** A long table printed by Chromium: every A4 page names the table, repeats the header row and the source line. */
class HtmlOnPaperTest {

    @Test
    void everyPrintedPageCarriesTitleHeaderSourceLineAndNumber(@TempDir Path temp) throws Exception {
        Path chromium = TestTools.require("chromium");
        Path pdftotext = TestTools.require("pdftotext");
        StringColumn names = StringColumn.create("施策名");
        IntColumn years = IntColumn.create("年度");
        for (int row = 0; row < 200; row++) {
            names.append("施策" + row);
            years.append(2020);
        }
        Path page = new HtmlExporter().exportInto(temp, document(Table.create("t", names, years), Map.of()));
        Path pdf = temp.resolve("page.pdf");

        run(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory(temp, "profile"), "--no-pdf-header-footer",
                "--print-to-pdf=" + pdf, page.toUri().toString());
        run(pdftotext.toString(), "-layout", pdf.toString(), temp.resolve("page.txt").toString());

        String[] pages = Files.readString(temp.resolve("page.txt"), StandardCharsets.UTF_8).split("\f");
        List<String> printed = new ArrayList<>(List.of(pages));
        printed.removeIf(String::isBlank);
        assertThat(printed).hasSizeGreaterThan(1);
        for (int number = 1; number <= printed.size(); number++) {
            assertThat(printed.get(number - 1)).as("page " + number)
                    .contains("施策の成果指標達成状況（柱・中柱別） 令和2年度", "施策名", "作成: ebpm 2026-11-21")
                    .containsPattern(number + "\\s*/\\s*" + printed.size())
                    .doesNotContain("2,020");
        }
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command)).isZero();
    }
}
