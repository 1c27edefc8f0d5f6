package ebpm.evidence.export;

import ebpm.analytics.checksum.Sha256;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the lineage of an exported file as a JSON sidecar beside it: {@code achievement-by-pillar_FY2020.csv} gets
 * {@code achievement-by-pillar_FY2020.lineage.json}, stating the file's own SHA-256, the filters, the source files
 * with their checksums, the models, the engine, the run, the time and the SQL. A CSV cannot carry this inside it
 * without breaking the tools that load it, so it travels beside it.
 */
public final class LineageJson {

    static final String SUFFIX = ".lineage.json";

    private LineageJson() {
    }

    /** The sidecar of {@code file}: its name without the extension, plus {@code .lineage.json}. */
    public static Path sidecarOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return file.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + SUFFIX);
    }

    /** Writes the sidecar of {@code file}, which must already be written (its checksum is part of the lineage). */
    public static Path write(EvidenceDocument doc, Path file, String encoding) throws IOException {
        Path sidecar = sidecarOf(file);
        Files.writeString(sidecar, Json.write(lineage(doc, file, encoding)), StandardCharsets.UTF_8);
        return sidecar;
    }

    static Map<String, Object> lineage(EvidenceDocument doc, Path file, String encoding) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("evidence", doc.name());
        json.put("title", doc.title());
        json.put("description", doc.description());
        // What a report prints under the table; the CSV itself stays only the table, so it lives here.
        json.put("source_line", SourceLine.of(doc.lineage()));
        json.put("publications", doc.lineage().publications());
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("name", file.getFileName().toString());
        described.put("sha256", sha256(file));
        described.put("encoding", encoding);
        described.put("rows", doc.table().rowCount());
        described.put("columns", doc.table().columnNames());
        json.put("file", described);
        doc.recipe().ifPresent(recipe -> {
            json.put("definition", recipe.definition());
            json.put("grain", recipe.grain());
            json.put("filters", recipe.filters());
        });
        Lineage lineage = doc.lineage();
        json.put("sources", lineage.sources().stream().map(LineageJson::source).toList());
        json.put("models", lineage.models());
        json.put("engine", lineage.engine());
        json.put("run_id", lineage.runId());
        json.put("generated_at", lineage.generatedAtIso());
        doc.recipe().ifPresent(recipe -> json.put("sql", recipe.sql()));
        return json;
    }

    private static Map<String, Object> source(SourceFile source) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", source.name());
        json.put("sha256", source.checksum());
        return json;
    }

    static String sha256(Path file) throws IOException {
        return Sha256.ofFile(file);
    }
}
