package ebpm.analytics.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.Yaml;

/**
 * The indicator SQL catalog: every {@code .sql} file under {@code ebpm/models/} with its sidecar {@code .yaml},
 * in the order the layers run.
 */
public final class ModelCatalog {

    public static final String FOLDER = "ebpm/models/";

    private final List<Model> models;

    private ModelCatalog(List<Model> models) {
        this.models = models;
    }

    public static ModelCatalog load() {
        return load(ModelCatalog.class.getClassLoader());
    }

    public static ModelCatalog load(ClassLoader classLoader) {
        ClasspathFolder folder = new ClasspathFolder(classLoader, FOLDER);
        List<Model> models = folder.list(".sql").stream()
                .map(sqlFile -> read(folder, sqlFile))
                .sorted(Comparator.comparing(Model::layer).thenComparing(Model::name))
                .toList();
        return new ModelCatalog(inDependencyOrder(models));
    }

    public List<Model> models() {
        return models;
    }

    public List<Model> indicators() {
        return models.stream().filter(model -> model.layer() == Layer.INDICATOR).toList();
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
        List<Model> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        List<Model> waiting = new ArrayList<>(models);
        while (!waiting.isEmpty()) {
            Model next = waiting.stream()
                    .filter(model -> dependencies(model, models).stream().allMatch(placed::contains))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("models depend on each other in a cycle: "
                            + waiting.stream().map(Model::name).toList()));
            ordered.add(next);
            placed.add(next.name());
            waiting.remove(next);
        }
        return ordered;
    }

    private static List<String> dependencies(Model model, List<Model> models) {
        return models.stream()
                .map(Model::name)
                .filter(name -> !name.equals(model.name()))
                .filter(name -> Pattern.compile("\\b" + name + "\\b").matcher(withoutComments(model.sql())).find())
                .toList();
    }

    private static String withoutComments(String sql) {
        return sql.replaceAll("--[^\\n]*", "");
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
                withoutTrailingSemicolon(folder.read(sqlFile)), indicator(yaml), strings(yaml, "unique"), strings(yaml, "not_null"));
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
