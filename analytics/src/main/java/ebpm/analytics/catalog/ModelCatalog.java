package ebpm.analytics.catalog;

import ebpm.analytics.lake.LakeColumn;
import ebpm.analytics.lake.LakeTable;
import ebpm.analytics.lake.LakeTables;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.Yaml;

/**
 * The indicator SQL catalog: every {@code .sql} file under {@code ebpm/models/} with its sidecar {@code .yaml},
 * in the order the layers run. Every engine runs the same SQL; where one truly cannot, a file
 * {@code <model>.<engine>.sql} beside the model (e.g. {@code ind_x.spark.sql}) replaces it for that engine only.
 */
public final class ModelCatalog {

    public static final String FOLDER = "ebpm/models/";

    private final List<Model> models;
    /** Engine-specific SQL by model name, then engine name. */
    private final Map<String, Map<String, String>> overrides;
    /** The models each model's SQL names, by model name. */
    private final Map<String, List<String>> dependencies;

    private ModelCatalog(List<Model> models, Map<String, Map<String, String>> overrides) {
        this.dependencies = dependencies(models);
        this.models = inDependencyOrder(models, dependencies);
        this.overrides = overrides;
    }

    public static ModelCatalog load() {
        return load(ModelCatalog.class.getClassLoader());
    }

    public static ModelCatalog load(ClassLoader classLoader) {
        ClasspathFolder folder = new ClasspathFolder(classLoader, FOLDER);
        List<String> sqlFiles = folder.list(".sql");
        List<Model> models = sqlFiles.stream()
                .filter(sqlFile -> !isOverride(sqlFile))
                .map(sqlFile -> read(folder, sqlFile))
                .sorted(Comparator.comparing(Model::layer).thenComparing(Model::name))
                .toList();
        ModelCatalog catalog = new ModelCatalog(models, overrides(folder, sqlFiles, models));
        models.stream().filter(model -> model.computedPer().isPresent()).forEach(catalog::partitionedSource);
        return catalog;
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
            throw new IllegalStateException(model.name() + " is computed_per " + column
                    + ", so it may read only staging models and the lake, but it reads " + m.name());
        });
        reads.add(model);
        List<LakeTable> tables = LakeTables.ALL.stream()
                .filter(table -> reads.stream().anyMatch(m -> mentions(withoutComments(m.sql()), table.sourceView())))
                .toList();
        if (tables.size() != 1 || !tables.get(0).partition().map(LakeColumn::name).equals(Optional.of(column))) {
            throw new IllegalStateException(model.name() + " is computed_per " + column
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
                    .orElseThrow(() -> new IllegalStateException("models depend on each other in a cycle: "
                            + waiting.stream().map(Model::name).toList()));
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
                    .filter(name -> mentions(sql, name))
                    .toList());
        }
        return dependencies;
    }

    private static boolean mentions(String sql, String name) {
        return Pattern.compile("\\b" + name + "\\b").matcher(sql).find();
    }

    private static String withoutComments(String sql) {
        return sql.replaceAll("--[^\\n]*", "");
    }

    /** {@code ind_x.spark.sql}: a model name holds no dot, so a second dot names the engine. */
    private static boolean isOverride(String sqlFile) {
        return fileName(sqlFile).chars().filter(c -> c == '.').count() > 1;
    }

    private static Map<String, Map<String, String>> overrides(ClasspathFolder folder, List<String> sqlFiles,
                                                              List<Model> models) {
        Map<String, Map<String, String>> overrides = new HashMap<>();
        for (String sqlFile : sqlFiles.stream().filter(ModelCatalog::isOverride).toList()) {
            String[] parts = fileName(sqlFile).split("\\.");
            String model = parts[0];
            if (models.stream().noneMatch(m -> m.name().equals(model))) {
                throw new IllegalStateException(FOLDER + sqlFile + " overrides no model: there is no " + model + ".sql");
            }
            overrides.computeIfAbsent(model, name -> new HashMap<>())
                    .put(parts[1], withoutTrailingSemicolon(folder.read(sqlFile)));
        }
        return overrides;
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static Model read(ClasspathFolder folder, String sqlFile) {
        String base = sqlFile.substring(0, sqlFile.length() - ".sql".length());
        String name = base.substring(base.lastIndexOf('/') + 1);
        String yamlFile = base + ".yaml";
        if (!folder.exists(yamlFile)) {
            throw new IllegalStateException("model " + name + " has no sidecar " + FOLDER + yamlFile);
        }
        Map<String, Object> yaml = new Yaml().load(folder.read(yamlFile));
        return new Model(name, Layer.ofModel(name), text(yaml, "description"), text(yaml, "grain"),
                withoutTrailingSemicolon(folder.read(sqlFile)), indicator(yaml), strings(yaml, "unique"), strings(yaml, "not_null"),
                Optional.ofNullable(yaml.get("computed_per")).map(Object::toString));
    }

    @SuppressWarnings("unchecked")
    private static Optional<IndicatorDefinition> indicator(Map<String, Object> yaml) {
        Object indicator = yaml.get("indicator");
        if (indicator == null) {
            return Optional.empty();
        }
        Map<String, Object> map = (Map<String, Object>) indicator;
        return Optional.of(new IndicatorDefinition(text(map, "code"), text(map, "name_ja"), text(map, "unit"),
                text(map, "period_type"), Boolean.TRUE.equals(map.get("higher_is_better"))));
    }

    /**
     * The statement of a SQL file as it is embedded in larger statements (views, sub-queries), where a closing
     * semicolon would break it. Evidence definitions are read the same way.
     */
    public static String withoutTrailingSemicolon(String sql) {
        return sql.strip().replaceAll(";\\s*$", "");
    }

    private static String text(Map<String, Object> yaml, String key) {
        Object value = yaml.get(key);
        if (value == null) {
            throw new IllegalStateException("model definition lacks '" + key + "'");
        }
        return value.toString().strip();
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Map<String, Object> yaml, String key) {
        Object value = yaml.get(key);
        return value == null ? List.of() : List.copyOf((List<String>) value);
    }
}
