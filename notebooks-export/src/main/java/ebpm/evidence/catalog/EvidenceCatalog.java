package ebpm.evidence.catalog;

import ebpm.analytics.catalog.ClasspathFolder;
import ebpm.analytics.catalog.ModelCatalog;
import ebpm.evidence.chart.ChartSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.Yaml;

/** The evidence tables planners can ask for: every {@code .sql} under {@code ebpm/evidence/} with its sidecar. */
public final class EvidenceCatalog {

    public static final String FOLDER = "ebpm/evidence/";

    private final List<EvidenceDefinition> definitions;

    private EvidenceCatalog(List<EvidenceDefinition> definitions) {
        this.definitions = definitions;
    }

    public static EvidenceCatalog load() {
        ClasspathFolder folder = new ClasspathFolder(EvidenceCatalog.class.getClassLoader(), FOLDER);
        return new EvidenceCatalog(folder.list(".sql").stream().map(sql -> read(folder, sql)).toList());
    }

    public List<EvidenceDefinition> definitions() {
        return definitions;
    }

    public EvidenceDefinition definition(String name) {
        return definitions.stream().filter(d -> d.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown evidence table '" + name
                        + "'; known: " + String.join(", ", names()) + " (see: ebpm catalog)"));
    }

    public List<String> names() {
        return definitions.stream().map(EvidenceDefinition::name).toList();
    }

    @SuppressWarnings("unchecked")
    private static EvidenceDefinition read(ClasspathFolder folder, String sqlFile) {
        String name = sqlFile.substring(0, sqlFile.length() - ".sql".length());
        Map<String, Object> yaml = new Yaml().load(folder.read(name + ".yaml"));
        Map<String, Object> parameters = (Map<String, Object>) yaml.getOrDefault("parameters", Map.of());
        List<EvidenceParameter> parameterList = new ArrayList<>();
        parameters.forEach((key, value) -> {
            Map<String, Object> p = (Map<String, Object>) value;
            parameterList.add(new EvidenceParameter(key, (String) p.get("label"), (String) p.get("type"),
                    (String) p.get("default_sql")));
        });
        Map<String, Integer> decimals = new LinkedHashMap<>(
                (Map<String, Integer>) yaml.getOrDefault("decimals", Map.of()));
        return new EvidenceDefinition(name, (String) yaml.get("title"), ((String) yaml.get("description")).strip(),
                (String) yaml.get("grain"), ModelCatalog.withoutTrailingSemicolon(folder.read(sqlFile)),
                List.copyOf(parameterList), List.copyOf((List<String>) yaml.getOrDefault("models", List.of())),
                decimals, chart(name, yaml));
    }

    @SuppressWarnings("unchecked")
    private static Optional<ChartSpec> chart(String name, Map<String, Object> yaml) {
        Object chart = yaml.get("chart");
        return chart == null ? Optional.empty() : Optional.of(ChartSpec.fromYaml(name, (Map<String, Object>) chart));
    }
}
