package ebpm.evidence.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EvidenceExportersTest {

    @Test
    void listsTheFormatsItKnows() {
        assertThat(EvidenceExporters.formats()).containsExactly("csv", "html");
    }

    @Test
    void findsAnExporterByFormatNameInAnyCase() {
        assertThat(EvidenceExporters.forFormat("csv")).isInstanceOf(CsvExporter.class);
        assertThat(EvidenceExporters.forFormat("HTML")).isInstanceOf(HtmlExporter.class);
        assertThat(EvidenceExporters.forFormat("Csv").extension()).isEqualTo("csv");
    }

    @Test
    void namesTheKnownFormatsWhenAskedForAnUnknownOne() {
        assertThatThrownBy(() -> EvidenceExporters.forFormat("xlsx"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown evidence format 'xlsx'; known formats: csv, html");
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
                .hasMessageContaining("known formats: csv, html");
        assertThatThrownBy(() -> EvidenceExporters.parse("csv,xlsx"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'xlsx'");
    }
}
