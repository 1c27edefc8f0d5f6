package ebpm.jobs.landing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A header the reader cannot match says what it found, what it expected and the likely cause, as municipalities'
 * files arrive: a title above the header, tabs for commas, units in the column names, Excel's empty columns.
 */
class HeaderProblemsTest {

    private static final List<String> EXPECTED = List.of("年度", "市町村コード", "対象者数");

    @TempDir
    Path dir;

    @Test
    void aTitleRowAboveTheHeaderIsNamedAsTheCause() throws IOException {
        assertThatThrownBy(() -> header("令和2年度 保健事業評価,,\n年度,市町村コード,対象者数\n"))
                .isInstanceOf(LandingFileException.class)
                .hasMessage("f.csv: line 1 holds one cell ('令和2年度 保健事業評価') where the header should be: a title "
                        + "above the header? Delete the rows above the column names, so that they are the first row");
    }

    @Test
    void aTabSeparatedFileIsNamedAsSuch() throws IOException {
        assertThatThrownBy(() -> header("年度\t市町村コード\t対象者数\n2020\t141003\t100\n"))
                .hasMessageContaining("is one cell holding tabs")
                .hasMessageContaining("save it from Excel as CSV (comma-separated) or .xlsx");
    }

    @Test
    void unitsInTheColumnNamesAndExcelsTrailingEmptyColumnsAreReadAsMeant() throws IOException {
        try (TabularFile table = TabularFiles.open(write("年度,市町村コード,対象者数（人）,,\n2020,141003,100,,\n"),
                TabularOptions.defaults())) {
            HeaderIndex columns = HeaderIndex.of(Path.of("f.csv"), table.header(), EXPECTED);
            TabularRow row = table.next();

            assertThat(table.header()).containsExactly("年度", "市町村コード", "対象者数（人）");
            assertThat(columns.required(row, "対象者数")).isEqualTo("100");
        }
    }

    @Test
    void aMissingColumnIsListedWithTheColumnsFound() {
        assertThatThrownBy(() -> HeaderIndex.of(Path.of("f.csv"), List.of("年度", "コード", "人数"), EXPECTED))
                .hasMessage("f.csv: missing column(s) 市町村コード, 対象者数; the header must name 年度,市町村コード,対象者数; "
                        + "found: 年度,コード,人数");
        assertThatThrownBy(() -> HeaderIndex.of(Path.of("f.csv"), List.of("Date", "Views"), EXPECTED))
                .hasMessageEndingWith("found: Date,Views (none of the expected columns: is the header the first row, "
                        + "with no title above it, and is the file in the right landing folder?)");
    }

    private List<String> header(String text) throws IOException {
        try (TabularFile table = TabularFiles.open(write(text), TabularOptions.defaults())) {
            return table.header();
        }
    }

    private Path write(String text) throws IOException {
        Path file = dir.resolve("f.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
