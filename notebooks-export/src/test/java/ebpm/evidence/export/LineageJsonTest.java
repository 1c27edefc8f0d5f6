package ebpm.evidence.export;

import static ebpm.evidence.export.SampleDocuments.document;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class LineageJsonTest {

    @TempDir
    Path folder;

    @Test
    void theCsvIsWrittenWithItsLineageBesideIt() throws Exception {
        var doc = document(table(), Map.of("達成率(%)", 1)).withRecipe(SampleDocuments.RECIPE);
        CsvExporter csv = new CsvExporter();

        Path file = csv.exportInto(folder, doc);

        Path sidecar = folder.resolve("achievement-by-pillar_FY2020.lineage.json");
        assertThat(csv.companions(doc, file)).containsExactly(sidecar);
        JsonNode lineage = new ObjectMapper().readTree(sidecar.toFile());
        assertThat(lineage.get("evidence").asText()).isEqualTo("achievement-by-pillar_FY2020");
        assertThat(lineage.at("/file/name").asText()).isEqualTo("achievement-by-pillar_FY2020.csv");
        assertThat(lineage.at("/file/sha256").asText()).isEqualTo(sha256(file));
        assertThat(lineage.at("/file/encoding").asText()).isEqualTo("UTF-8 with BOM");
        assertThat(lineage.at("/file/rows").asInt()).isEqualTo(1);
        assertThat(lineage.at("/file/columns/1").asText()).isEqualTo("達成率(%)");
        assertThat(lineage.at("/filters/年度").asText()).isEqualTo("2020（令和2年度）");
        assertThat(lineage.at("/sources/0/name").asText()).isEqualTo("kanagawa-ict-measures-fy2020.csv");
        assertThat(lineage.at("/sources/0/sha256").asText()).isEqualTo(SampleDocuments.MEASURES_SHA_256);
        assertThat(lineage.at("/models/0").asText()).isEqualTo("achievement-rate-by-pillar");
        assertThat(lineage.get("engine").asText()).isEqualTo("duckdb 1.4.0");
        assertThat(lineage.get("run_id").asText()).isEqualTo("nightly-20261121-0300");
        assertThat(lineage.get("generated_at").asText()).isEqualTo("2026-11-21T03:00:00+09:00");
        assertThat(lineage.get("sql").asText()).startsWith("-- achievement-by-pillar");
    }

    @Test
    void aCp932CsvSaysSo() throws IOException {
        Path file = CsvExporter.windows31j().exportInto(folder, document(table(), Map.of()));

        JsonNode lineage = new ObjectMapper().readTree(LineageJson.sidecarOf(file).toFile());
        assertThat(lineage.at("/file/encoding").asText()).isEqualTo("windows-31j");
        assertThat(lineage.has("sql")).isFalse();
    }

    @Test
    void theSidecarIsNamedAfterTheFile() {
        assertThat(LineageJson.sidecarOf(Path.of("out", "measure-status_FY2020.csv")))
                .isEqualTo(Path.of("out", "measure-status_FY2020.lineage.json"));
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private static Table table() {
        return Table.create("achievement", StringColumn.create("柱", "合計"), DoubleColumn.create("達成率(%)", 69.8));
    }
}
