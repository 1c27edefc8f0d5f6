package ebpm.analytics.catalog;

import ebpm.analytics.lake.LakeColumn;
import ebpm.analytics.lake.LakeTable;
import ebpm.analytics.lake.LakeTables;
import ebpm.analytics.project.DefinitionException;
import ebpm.analytics.project.Project;
import ebpm.analytics.project.ProjectFile;
import ebpm.analytics.project.ReferenceTable;
import ebpm.analytics.project.YamlBlock;
import ebpm.analytics.withdrawal.Withdrawal;
import ebpm.analytics.withdrawal.WithdrawnRows;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The indicator SQL catalog of a project: every {@code .sql} file under {@code models/} with its sidecar
 * {@code .yaml}, in the order the layers run, and the reference tables they join: seeds, {@code project_vars}
 * and the withdrawals in force ({@code withdrawn_<lake table>}, none unless {@link #withWithdrawals} gives them).
 * Every engine runs the same SQL; where one truly cannot, a file
 * {@code <model>.<engine>.sql} beside the model (e.g. {@code ind_x.spark.sql}) replaces it for that engine only.
 */
public final class ModelCatalog {

    public static final String FOLDER = "models/";
    private static final List<String> MODEL_KEYS = List.of("description", "grain", "indicator", "unique",
            "not_null", "computed_per", "checks");
    private static final List<String> INDICATOR_KEYS = List.of("code", "name_ja", "unit", "period_type",
            "higher_is_better");
    private static final List<String> PERIOD_TYPES = List.of("FY", "CY", "MONTH", "DAY");

    private final List<Model> models;
    private final Map<String, ReferenceTable> referenceTables;
    /** Engine-specific SQL by model name, then engine name. */
    private final Map<String, Map<String, String>> overrides;
    /** The models each model's SQL names, by model name. */
    private final Map<String, List<String>> dependencies;

    private ModelCatalog(List<Model> models, Map<String, Map<String, String>> overrides,
                         Map<String, ReferenceTable> referenceTables) {
        this.referenceTables = referenceTables;
        this.dependencies = dependencies(models);
        this.models = inDependencyOrder(models, dependencies);
        this.overrides = overrides;
    }

    /** The built-in project's catalog. */
    public static ModelCatalog load() {
        return load(Project.builtIn());
    }

    /**
     * @throws DefinitionException naming the file when a definition is wrong: an unknown key, a missing sidecar,
     *                             a cycle, an override of no model
     */
    public static ModelCatalog load(Project project) {
        List<ProjectFile> sqlFiles = project.files(FOLDER, ".sql");
        List<Model> models = sqlFiles.stream()
                .filter(sqlFile -> !isOverride(sqlFile.path()))
                .map(sqlFile -> read(project, sqlFile))
                .sorted(Comparator.comparing(Model::layer).thenComparing(Model::name))
                .toList();
        ModelCatalog catalog = new ModelCatalog(models, overrides(sqlFiles, models),
                withViews(project.referenceTables(), WithdrawnRows.views(List.of())));
        models.stream().filter(model -> model.computedPer().isPresent()).forEach(catalog::partitionedSource);
        return catalog;
    }

    /**
     * The same catalog with these withdrawals as its {@code withdrawn_*} views: what a run passes every engine it
     * opens, from the indicator database, so the staging models leave the withdrawn rows out (and the model cache,
     * whose fingerprint covers the reference tables a model reads, recomputes what they change).
     */
    public ModelCatalog withWithdrawals(List<Withdrawal> withdrawals) {
        return new ModelCatalog(models, overrides, withViews(referenceTables, WithdrawnRows.views(withdrawals)));
    }

    private static Map<String, ReferenceTable> withViews(Map<String, ReferenceTable> tables,
                                                         List<ReferenceTable> views) {
        Map<String, ReferenceTable> merged = new LinkedHashMap<>(tables);
        views.forEach(view -> merged.put(view.name(), view));
        return java.util.Collections.unmodifiableMap(merged);
    }

    /** The seeds, {@code project_vars} and withdrawal views the models may join, by view name. */
    public Map<String, ReferenceTable> referenceTables() {
        return referenceTables;
    }

    /** The reference tables a model reads, directly or through the models it reads. */
    public List<ReferenceTable> referenceTablesReadBy(Model model) {
        return referenceTablesReadBy(model.sql());
    }

    /** The reference tables a query (a model's, an evidence table's) reads, directly or through the models it names. */
    public List<ReferenceTable> referenceTablesReadBy(String sql) {
        String query = withoutComments(sql);
        List<String> texts = new ArrayList<>(List.of(query));
        for (Model named : models.stream().filter(m -> SqlNames.mentions(query, m.name())).toList()) {
            texts.add(withoutComments(named.sql()));
            upstream(named).forEach(m -> texts.add(withoutComments(m.sql())));
        }
        return referenceTables.values().stream()
                .filter(table -> texts.stream().anyMatch(text -> SqlNames.mentions(text, table.name())))
                .toList();
    }

    public List<Model> models() {
        return models;
    }

    public List<Model> indicators() {
        return models.stream().filter(model -> model.layer() == Layer.INDICATOR).toList();
    }

    /** The models whose SQL names this one: those that read it. */
    public List<Model> readers(Model model) {
        return models.stream().filter(reader -> dependencies.get(reader.name()).contains(model.name())).toList();
    }

    /** The SQL the named engine runs for a model: its override for that engine if there is one, else the model's. */
    public String sql(Model model, String engine) {
        return overrides.getOrDefault(model.name(), Map.of()).getOrDefault(engine, model.sql());
    }

    /** Every model this one reads, directly or through others, in the order they run. */
    public List<Model> upstream(Model model) {
        Set<String> names = new HashSet<>();
        List<String> waiting = new ArrayList<>(dependencies.get(model.name()));
        while (!waiting.isEmpty()) {
            String name = waiting.remove(waiting.size() - 1);
            if (names.add(name)) {
                waiting.addAll(dependencies.get(name));
            }
        }
        return models.stream().filter(m -> names.contains(m.name())).toList();
    }

    /** The lake tables that {@code computed_per} models are computed from, partition by partition. */
    public Set<LakeTable> partitionedSources() {
        return models.stream().filter(model -> model.computedPer().isPresent()).map(this::partitionedSource)
                .collect(Collectors.toSet());
    }

    /**
     * The lake table whose partitions a {@code computed_per} model is computed from: the one table it reads, through
     * staging models only, partitioned by that column. Anything else would make a partition's rows depend on other
     * partitions, so the catalog refuses it when it loads.
     */
    public LakeTable partitionedSource(Model model) {
        String column = model.computedPer().orElseThrow(() -> new IllegalArgumentException(
                model.name() + " has no computed_per"));
        List<Model> reads = new ArrayList<>(upstream(model));
        reads.stream().filter(m -> m.layer() != Layer.STAGING).findFirst().ifPresent(m -> {
            throw new DefinitionException(model.origin() + ": " + model.name() + " is computed_per " + column
                    + ", so it may read only staging models and the lake, but it reads " + m.name());
        });
        reads.add(model);
        List<LakeTable> tables = LakeTables.ALL.stream()
                .filter(table -> reads.stream().anyMatch(m -> SqlNames.mentions(withoutComments(m.sql()), table.sourceView())))
                .toList();
        if (tables.size() != 1 || !tables.get(0).partition().map(LakeColumn::name).equals(Optional.of(column))) {
            throw new DefinitionException(model.origin() + ": " + model.name() + " is computed_per " + column
                    + ", so it must read exactly one lake table partitioned by " + column + ", but it reads "
                    + tables.stream().map(LakeTable::sourceView).toList());
        }
        return tables.get(0);
    }

    public Model model(String name) {
        return models.stream().filter(model -> model.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no model named " + name));
    }

    /**
     * Orders the models so that each comes after the models its SQL names (layer first, then name, breaks ties):
     * a model may read any model of its own or an earlier layer.
     */
    static List<Model> inDependencyOrder(List<Model> models) {
        return inDependencyOrder(models, dependencies(models));
    }

    private static List<Model> inDependencyOrder(List<Model> models, Map<String, List<String>> dependencies) {
        List<Model> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        List<Model> waiting = new ArrayList<>(models);
        while (!waiting.isEmpty()) {
            Model next = waiting.stream()
                    .filter(model -> dependencies.get(model.name()).stream().allMatch(placed::contains))
                    .findFirst()
                    .orElseThrow(() -> new DefinitionException("models depend on each other in a cycle: "
                            + waiting.stream().map(Model::name).toList() + "; a model may not read one that reads it"));
            ordered.add(next);
            placed.add(next.name());
            waiting.remove(next);
        }
        return ordered;
    }

    /** Worked out once per catalog: each of the n × n questions compiles a pattern. */
    private static Map<String, List<String>> dependencies(List<Model> models) {
        Map<String, List<String>> dependencies = new HashMap<>();
        for (Model model : models) {
            String sql = withoutComments(model.sql());
            dependencies.put(model.name(), models.stream()
                    .map(Model::name)
                    .filter(name -> !name.equals(model.name()))
                    .filter(name -> SqlNames.mentions(sql, name))
                    .toList());
        }
        return dependencies;
    }

    private static String withoutComments(String sql) {
        return sql.replaceAll("--[^\\n]*", "");
    }

    /** {@code ind_x.spark.sql}: a model name holds no dot, so a second dot names the engine. */
    private static boolean isOverride(String sqlFile) {
        return fileName(sqlFile).chars().filter(c -> c == '.').count() > 1;
    }

    private static Map<String, Map<String, String>> overrides(List<ProjectFile> sqlFiles, List<Model> models) {
        Map<String, Map<String, String>> overrides = new HashMap<>();
        for (ProjectFile sqlFile : sqlFiles.stream().filter(file -> isOverride(file.path())).toList()) {
            String[] parts = fileName(sqlFile.path()).split("\\.");
            String model = parts[0];
            if (models.stream().noneMatch(m -> m.name().equals(model))) {
                throw new DefinitionException(sqlFile.origin() + " overrides no model: there is no " + model + ".sql");
            }
            overrides.computeIfAbsent(model, name -> new HashMap<>())
                    .put(parts[1], withoutTrailingSemicolon(sqlFile.text()));
        }
        return overrides;
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static Model read(Project project, ProjectFile sqlFile) {
        String base = sqlFile.path().substring(0, sqlFile.path().length() - ".sql".length());
        String name = fileName(base);
        ProjectFile sidecar = project.file(base + ".yaml").orElseThrow(() -> new DefinitionException(
                sqlFile.origin() + ": model " + name + " has no sidecar " + base + ".yaml (description, grain, "
                        + "unique, not_null; indicator: for an ind_ model)"));
        Layer layer;
        try {
            layer = Layer.ofModel(name);
        } catch (IllegalArgumentException e) {
            throw new DefinitionException(sqlFile.origin() + ": " + e.getMessage(), e);
        }
        YamlBlock yaml = YamlBlock.parse(sidecar.origin(), sidecar.text()).allowOnly(MODEL_KEYS);
        Optional<IndicatorDefinition> indicator = yaml.optionalBlock("indicator").map(ModelCatalog::indicator);
        if (indicator.isPresent() != (layer == Layer.INDICATOR)) {
            throw yaml.error("indicator", layer == Layer.INDICATOR
                    ? "an indicator model (ind_) states what it computes under 'indicator:' (code, name_ja, unit, "
                            + "period_type, higher_is_better)"
                    : "only ind_ models compute an indicator; " + name + " is a " + layer.name().toLowerCase()
                            + " model");
        }
        return new Model(name, layer, yaml.text("description"), yaml.text("grain"),
                withoutTrailingSemicolon(sqlFile.text()), indicator, yaml.texts("unique"), yaml.texts("not_null"),
                yaml.optionalText("computed_per"), sqlFile.origin(),
                yaml.optionalBlock("checks").map(CheckSettings::read).orElse(CheckSettings.NONE));
    }

    private static IndicatorDefinition indicator(YamlBlock yaml) {
        yaml.allowOnly(INDICATOR_KEYS);
        String periodType = yaml.text("period_type");
        if (!PERIOD_TYPES.contains(periodType)) {
            throw yaml.error("period_type", "period_type '" + periodType + "' is not one of " + PERIOD_TYPES);
        }
        return new IndicatorDefinition(yaml.text("code"), yaml.text("name_ja"), yaml.text("unit"), periodType,
                yaml.bool("higher_is_better", false));
    }

    /**
     * The statement of a SQL file as it is embedded in larger statements (views, sub-queries), where a closing
     * semicolon would break it. Evidence definitions are read the same way.
     */
    public static String withoutTrailingSemicolon(String sql) {
        return sql.strip().replaceAll(";\\s*$", "");
    }
}
