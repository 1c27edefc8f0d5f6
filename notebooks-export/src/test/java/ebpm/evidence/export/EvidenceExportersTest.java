package ebpm.evidence.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EvidenceExportersTest {

    @Test
    void listsTheFormatsItKnows() {
        assertThat(EvidenceExporters.formats()).containsExactly("csv", "xlsx", "html", "ipynb");
    }

    @Test
    void findsAnExporterByFormatNameInAnyCase() {
        assertThat(EvidenceExporters.forFormat("csv")).isInstanceOf(CsvExporter.class);
        assertThat(EvidenceExporters.forFormat("HTML")).isInstanceOf(HtmlExporter.class);
        assertThat(EvidenceExporters.forFormat("Csv").extension()).isEqualTo("csv");
        assertThat(EvidenceExporters.forFormat("xlsx")).isInstanceOf(XlsxExporter.class);
        assertThat(EvidenceExporters.forFormat("IPYNB")).isInstanceOf(NotebookExporter.class);
    }

    @Test
    void namesTheKnownFormatsWhenAskedForAnUnknownOne() {
        assertThatThrownBy(() -> EvidenceExporters.forFormat("pdf"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown evidence format 'pdf'; known formats: csv, xlsx, html, ipynb");
    }

    @Test
    void parsesACommandLineListInOrderWithoutRepeats() {
        assertThat(EvidenceExporters.parse(" html, CSV ,html"))
                .extracting(EvidenceExporter::format)
                .containsExactly("html", "csv");
    }

    @Test
    void rejectsAnEmptyListOrAnUnknownMember() {
        assertThatThrownBy(() -> EvidenceExporters.parse(" , "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("known formats: csv, xlsx, html, ipynb");
        assertThatThrownBy(() -> EvidenceExporters.parse("csv,docx"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'docx'");
    }

    @Test
    void writesCsvInCp932OnRequestAndRefusesOtherEncodings() {
        assertThat(EvidenceExporters.parse("csv,html", "CP932").get(0))
                .usingRecursiveComparison().isEqualTo(CsvExporter.windows31j());
        assertThat(EvidenceExporters.parse("csv", "utf-8").get(0))
                .usingRecursiveComparison().isEqualTo(new CsvExporter());
        assertThatThrownBy(() -> EvidenceExporters.parse("csv", "latin-1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown CSV encoding 'latin-1'; use utf-8 (with BOM, the default), "
                        + "utf-16 (tab-separated, for LibreOffice and Excel alike) or cp932");
    }
}
