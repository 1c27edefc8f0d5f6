package ebpm.jobs.landing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTabularFileTest {

    @TempDir
    Path dir;

    @Test
    void quotedCellsHoldCommasQuotesAndLineBreaks() throws IOException {
        Path file = csv("""
                施策名,理由
                "観光, 情報発信","「未達成」の理由は""コロナ""
                来年度に再挑戦"
                """);

        try (TabularFile table = open(file)) {
            assertThat(table.next().cells())
                    .containsExactly("観光, 情報発信", "「未達成」の理由は\"コロナ\"\n来年度に再挑戦");
        }
    }

    @Test
    void rowsAfterAMultiLineCellKnowTheLineTheyStartOn() throws IOException {
        Path file = csv("番号,理由\r\n1,\"一行目\r\n二行目\r\n三行目\"\r\n2,短い\r\n");

        try (TabularFile table = open(file)) {
            assertThat(table.next()).isEqualTo(new TabularRow(2, List.of("1", "一行目\n二行目\n三行目")));
            assertThat(table.next()).isEqualTo(new TabularRow(5, List.of("2", "短い")));
            assertThat(table.next()).isNull();
        }
    }

    @Test
    void skipsCommentLinesBeforeTheHeaderButNotAfterIt() throws IOException {
        // The top of a Google Analytics 4 export; comment lines need not be valid CSV (note the lone quote).
        Path file = csv("""
                # ----------------------------------------
                # "Reports snapshot
                # Start date: 20240401
                # ----------------------------------------

                Date,Users
                20240401,120
                # not a comment,3
                """);

        try (TabularFile table = TabularFiles.open(file, TabularOptions.skippingCommentsStartingWith("#"))) {
            assertThat(table.header()).containsExactly("Date", "Users");
            assertThat(table.rows().toList()).containsExactly(
                    new TabularRow(7, List.of("20240401", "120")),
                    new TabularRow(8, List.of("# not a comment", "3")));
        }
    }

    @Test
    void skipsBlankRowsIncludingTrailingBlankLines() throws IOException {
        Path file = csv("市町村,人口\n横浜市,3777491\n\n,\n川崎市,1538262\n\n\n\n");

        try (TabularFile table = open(file)) {
            assertThat(table.rows().map(TabularRow::lineNumber).toList()).containsExactly(2L, 5L);
        }
    }

    @Test
    void trimsColumnNamesIncludingFullWidthSpaces() throws IOException {
        Path file = csv(" 市町村 ,\u3000人口\u3000\n横浜市, 3777491 \n");

        try (TabularFile table = open(file)) {
            assertThat(table.header()).containsExactly("市町村", "人口");
            assertThat(table.next().cells()).as("data cells stay as published").containsExactly("横浜市", " 3777491 ");
        }
    }

    @Test
    void shortRowsReadAsEmptyCells() throws IOException {
        Path file = csv("市町村,人口,面積\n横浜市\n");

        try (TabularFile table = open(file)) {
            TabularRow row = table.next();
            assertThat(row.cell(0)).isEqualTo("横浜市");
            assertThat(row.cell(2)).isEmpty();
        }
    }

    @Test
    void anUnclosedQuoteNamesTheLineWhereTheCellStarts() throws IOException {
        Path file = csv("施策名,理由\nA,ok\nB,\"ここから閉じない\nC,x\n");

        try (TabularFile table = open(file)) {
            table.next();
            assertThatThrownBy(table::next)
                    .isInstanceOf(LandingFileException.class)
                    .hasMessageStartingWith("table.csv: the quoted cell starting on line 3 is never closed");
        }
    }

    @Test
    void readsLargeFilesAcrossBufferBoundariesInEitherEncoding() throws IOException {
        StringBuilder text = new StringBuilder("番号,市町村,備考\n");
        int rows = 20_000;
        for (int i = 1; i <= rows; i++) {
            text.append(i).append(",相模原市,\"第").append(i).append("区\n複数行\"\n");
        }
        for (Charset charset : List.of(StandardCharsets.UTF_8, Charset.forName("windows-31j"))) {
            Path file = Files.write(dir.resolve(charset.name() + ".csv"), text.toString().getBytes(charset));

            try (TabularFile table = open(file)) {
                assertThat(table.encoding()).isEqualTo(charset.name().equals("UTF-8") ? "UTF-8" : "windows-31j");
                List<TabularRow> all = table.rows().toList();
                assertThat(all).hasSize(rows);
                assertThat(all.get(rows - 1)).isEqualTo(
                        new TabularRow(2L * rows, List.of(String.valueOf(rows), "相模原市", "第" + rows + "区\n複数行")));
            }
        }
    }

    private TabularFile open(Path file) throws IOException {
        return TabularFiles.open(file, TabularOptions.defaults());
    }

    private Path csv(String text) throws IOException {
        return Files.writeString(dir.resolve("table.csv"), text, StandardCharsets.UTF_8);
    }
}
