package ebpm.evidence.catalog;

import ebpm.analytics.catalog.ModelCatalog;
import ebpm.analytics.project.DefinitionException;
import ebpm.analytics.project.Project;
import ebpm.analytics.project.ProjectFile;
import ebpm.analytics.project.YamlBlock;
import ebpm.evidence.chart.ChartSpec;
import ebpm.evidence.export.ColumnDeclaration;
import ebpm.evidence.export.ColumnType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The evidence tables planners can ask for: every {@code .sql} under the project's {@code evidence/} with its
 * sidecar YAML, read strictly (an unknown key or a wrong type names the file and line).
 */
public final class EvidenceCatalog {

    public static final String FOLDER = "evidence/";
    private static final List<String> KEYS = List.of("title", "description", "grain", "parameters", "models",
            "decimals", "columns", "chart");
    private static final List<String> COLUMN_KEYS = List.of("type", "decimals_from");
    private static final List<String> PARAMETER_KEYS = List.of("label", "type", "default_sql", "required");

    private final List<EvidenceDefinition> definitions;

    private EvidenceCatalog(List<EvidenceDefinition> definitions) {
        this.definitions = definitions;
    }

    /** The built-in project's evidence tables. */
    public static EvidenceCatalog load() {
        return load(Project.builtIn());
    }

    /** @throws DefinitionException naming the file when a definition is wrong */
    public static EvidenceCatalog load(Project project) {
        return new EvidenceCatalog(project.files(FOLDER, ".sql").stream().map(sql -> read(project, sql)).toList());
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

    private static EvidenceDefinition read(Project project, ProjectFile sqlFile) {
        String base = sqlFile.path().substring(0, sqlFile.path().length() - ".sql".length());
        String name = base.substring(FOLDER.length());
        ProjectFile sidecar = project.file(base + ".yaml").orElseThrow(() -> new DefinitionException(
                sqlFile.origin() + ": evidence table " + name + " has no sidecar " + base + ".yaml (title, "
                        + "description, grain, parameters, models)"));
        YamlBlock yaml = YamlBlock.parse(sidecar.origin(), sidecar.text()).allowOnly(KEYS);
        return new EvidenceDefinition(name, yaml.text("title"), yaml.text("description"), yaml.text("grain"),
                ModelCatalog.withoutTrailingSemicolon(sqlFile.text()), parameters(yaml), yaml.texts("models"),
                decimals(yaml), yaml.optionalBlock("chart").map(ChartSpec::fromYaml), sqlFile.origin(),
                columns(yaml));
    }

    private static List<EvidenceParameter> parameters(YamlBlock yaml) {
        List<EvidenceParameter> parameters = new ArrayList<>();
        yaml.optionalBlock("parameters").ifPresent(block -> block.blocks().forEach((key, parameter) -> {
            parameter.allowOnly(PARAMETER_KEYS);
            if (parameter.bool("required", false) && parameter.has("default_sql")) {
                throw parameter.error("required", "parameter " + key + " is required, so it has no default_sql "
                        + "(leave out one or the other)");
            }
            try {
                parameters.add(new EvidenceParameter(key, parameter.text("label"), parameter.text("type"),
                        parameter.optionalText("default_sql").orElse(null), parameter.bool("required", false)));
            } catch (IllegalArgumentException e) {
                throw parameter.error("type", e.getMessage());
            }
        }));
        return List.copyOf(parameters);
    }

    /**
     * {@code columns:} what some columns hold, when their name and SQL type do not tell, e.g.
     * {@code 番号: {type: code}} or {@code 事業前値: {decimals_from: 小数桁}}.
     */
    private static Map<String, ColumnDeclaration> columns(YamlBlock yaml) {
        Map<String, ColumnDeclaration> columns = new LinkedHashMap<>();
        yaml.optionalBlock("columns").ifPresent(block -> block.blocks().forEach((column, declaration) -> {
            declaration.allowOnly(COLUMN_KEYS);
            Optional<ColumnType> type = declaration.optionalText("type").map(name -> ColumnType.named(name)
                    .orElseThrow(() -> declaration.error("type", "column " + column + " has unknown type '" + name
                            + "'; use " + String.join(", ", ColumnType.yamlNames()))));
            Optional<String> decimalsFrom = declaration.optionalText("decimals_from");
            if (type.isEmpty() && decimalsFrom.isEmpty()) {
                throw block.error(column, "column " + column + " declares nothing; give type ("
                        + String.join(", ", ColumnType.yamlNames()) + ") or decimals_from");
            }
            if (decimalsFrom.isPresent() && type.isPresent() && type.get() != ColumnType.DECIMAL) {
                throw declaration.error("decimals_from", "column " + column + " is of type " + type.get().yamlName()
                        + ", which has no decimals; decimals_from goes with decimal numbers");
            }
            if (decimalsFrom.isPresent() && yaml.optionalBlock("decimals").map(d -> d.has(column)).orElse(false)) {
                throw declaration.error("decimals_from", "column " + column + " has decimals and decimals_from; "
                        + "keep one");
            }
            columns.put(column, new ColumnDeclaration(type, decimalsFrom));
        }));
        return columns;
    }

    private static Map<String, Integer> decimals(YamlBlock yaml) {
        Map<String, Integer> decimals = new LinkedHashMap<>();
        yaml.optionalBlock("decimals").ifPresent(block -> block.keys().forEach(column -> {
            int places = block.integer(column, 0);
            if (places < 0 || places > 10) {
                throw block.error(column, "decimals of " + column + " must be from 0 to 10, not " + places);
            }
            decimals.put(column, places);
        }));
        return decimals;
    }
}
