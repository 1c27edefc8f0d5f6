package ebpm.analytics.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import ebpm.analytics.project.DefinitionException;
import ebpm.analytics.project.Project;
import ebpm.analytics.project.ProjectFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SQL catalog of the built-in project: properties every model must have, whichever models there are (adding a
 * model needs no edit here), and the order models must be created in.
 */
class ModelCatalogTest {

    private final ModelCatalog catalog = ModelCatalog.load();

    @Test
    void everyModelComesAfterEveryModelItReads() {
        List<Model> models = catalog.models();
        assertThat(models).allSatisfy(model -> assertThat(catalog.upstream(model))
                .as("models read by %s", model.name())
                .allSatisfy(read -> assertThat(models.indexOf(read)).as("%s runs before %s", read.name(), model.name())
                        .isLessThan(models.indexOf(model))));
    }

    @Test
    void layersRunInOrderStagingIntermediateIndicator() {
        List<Layer> layers = catalog.models().stream().map(Model::layer).toList();

        assertThat(layers).isSorted();
        assertThat(layers).contains(Layer.STAGING, Layer.INTERMEDIATE, Layer.INDICATOR);
    }

    @Test
    void indicatorModelsAndOnlyThoseDefineAnIndicatorEachWithItsOwnCode() {
        assertThat(catalog.models()).allSatisfy(model -> assertThat(model.indicator().isPresent())
                .as("%s defines an indicator", model.name()).isEqualTo(model.layer() == Layer.INDICATOR));
        assertThat(catalog.indicators()).isNotEmpty()
                .allSatisfy(model -> assertThat(model.layer()).isEqualTo(Layer.INDICATOR));
        assertThat(catalog.indicators()).extracting(Model::indicatorCode).doesNotHaveDuplicates();
    }

    @Test
    void everyModelSqlFileHasASidecarAndEveryModelAUniqueName() {
        Project builtIn = Project.builtIn();
        List<String> sqlFiles = builtIn.files(ModelCatalog.FOLDER, ".sql").stream().map(ProjectFile::path)
                .filter(path -> !path.substring(path.lastIndexOf('/')).matches(".*\\..*\\.sql"))
                .toList();

        assertThat(sqlFiles).hasSameSizeAs(catalog.models()).allSatisfy(path -> assertThat(
                builtIn.file(path.replaceFirst("\\.sql$", ".yaml"))).as("sidecar of %s", path).isPresent());
        assertThat(catalog.models()).extracting(Model::name).doesNotHaveDuplicates();
    }

    @Test
    void everyBuiltInModelNamesTheBuiltInFileItWasReadFrom() {
        Project builtIn = Project.builtIn();

        assertThat(catalog.models()).allSatisfy(model -> {
            assertThat(model.origin()).as(model.name())
                    .matches("built-in models/(staging|intermediate|indicators)/" + model.name() + "\\.sql");
            assertThat(builtIn.file(model.origin().substring("built-in ".length()))).as(model.origin()).isPresent();
        });
    }

    @Test
    void readsTheIndicatorDefinitionFromTheSidecar() {
        Model rate = catalog.model("ind_measure_achievement_rate");

        assertThat(rate.layer()).isEqualTo(Layer.INDICATOR);
        assertThat(rate.indicator()).contains(
                new IndicatorDefinition("measure_achievement_rate", "成果指標達成率", "%", "FY", true));
        assertThat(catalog.model("ind_measures_not_achieved").indicator().orElseThrow().higherIsBetter()).isFalse();
        assertThat(rate.uniqueKey()).containsExactly("area_code", "breakdown", "period_type", "period");
        assertThat(rate.notNull()).containsExactly("area_code", "breakdown", "period_type", "period", "value");
    }

    @Test
    void everyModelSaysWhatItIsAndWhatOneRowIs() {
        assertThat(catalog.models()).allSatisfy(model -> {
            assertThat(model.description()).as("description of %s", model.name()).isNotBlank();
            assertThat(model.grain()).as("grain of %s", model.name()).isNotBlank();
            assertThat(model.sql()).as("sql of %s", model.name()).containsIgnoringCase("SELECT").doesNotEndWith(";");
            assertThat(model.uniqueKey()).as("unique of %s", model.name()).isNotEmpty();
            assertThat(model.notNull()).as("not_null of %s", model.name()).isNotEmpty();
        });
    }

    @Test
    void indicatorModelsDeclareTheirKeyAndValueNotNull() {
        assertThat(catalog.indicators()).allSatisfy(model -> {
            assertThat(model.uniqueKey()).as(model.name())
                    .containsExactly("area_code", "breakdown", "period_type", "period");
            assertThat(model.notNull()).as(model.name())
                    .containsExactly("area_code", "breakdown", "period_type", "period", "value");
        });
    }

    @Test
    void unknownModelNameIsAnError() {
        assertThatThrownBy(() -> catalog.model("ind_nothing"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no model named ind_nothing");
    }

    @Test
    void modelComesAfterTheModelsItNamesEvenWhenAlphabeticalOrderIsTheReverse() {
        Model reader = model("int_a", "SELECT * FROM int_b JOIN stg_z USING (id)");
        Model middle = model("int_b", "SELECT * FROM stg_z");
        Model source = model("stg_z", "SELECT 1 AS id");

        List<Model> ordered = ModelCatalog.inDependencyOrder(List.of(reader, middle, source));

        assertThat(ordered).extracting(Model::name).containsExactly("stg_z", "int_b", "int_a");
    }

    @Test
    void modelsThatDoNotDependOnEachOtherKeepTheirOrder() {
        List<Model> ordered = ModelCatalog.inDependencyOrder(List.of(
                model("int_c", "SELECT 3"), model("int_a", "SELECT 1"), model("int_b", "SELECT 2")));

        assertThat(ordered).extracting(Model::name).containsExactly("int_c", "int_a", "int_b");
    }

    @Test
    void aNameInsideALongerNameIsNotADependency() {
        // int_b_totals is not int_b: the reader does not have to wait for int_b.
        List<Model> ordered = ModelCatalog.inDependencyOrder(List.of(
                model("int_a", "SELECT * FROM int_b_totals"), model("int_b", "SELECT * FROM int_a")));

        assertThat(ordered).extracting(Model::name).containsExactly("int_a", "int_b");
    }

    @Test
    void modelsThatDependOnEachOtherInACycleAreRejected() {
        List<Model> cycle = List.of(
                model("int_a", "SELECT * FROM int_b"),
                model("int_b", "SELECT * FROM int_c"),
                model("int_c", "SELECT * FROM int_a"),
                model("stg_z", "SELECT 1 AS id"));

        assertThatThrownBy(() -> ModelCatalog.inDependencyOrder(cycle))
                .isInstanceOf(DefinitionException.class)
                .hasMessage("models depend on each other in a cycle: [int_a, int_b, int_c]; a model may not read one that reads it");
    }

    @Test
    void anEngineOverrideReplacesTheModelsSqlForThatEngineOnlyAndIsNoModelOfItsOwn(@TempDir Path root)
            throws Exception {
        write(root, "staging/stg_a.sql", "SELECT 1 AS id");
        write(root, "indicators/ind_b.sql", "SELECT id FROM stg_a;");
        write(root, "indicators/ind_b.spark.sql", "SELECT id FROM stg_a /* Spark's way */;");

        ModelCatalog overridden = ModelCatalog.load(Project.builtIn(folderLoader(root)));

        assertThat(overridden.models()).extracting(Model::name).containsExactly("stg_a", "ind_b");
        Model indicator = overridden.model("ind_b");
        assertThat(overridden.sql(indicator, "spark")).isEqualTo("SELECT id FROM stg_a /* Spark's way */");
        assertThat(overridden.sql(indicator, "duckdb")).isEqualTo("SELECT id FROM stg_a").isEqualTo(indicator.sql());
        assertThat(overridden.sql(overridden.model("stg_a"), "spark")).isEqualTo("SELECT 1 AS id");
    }

    @Test
    void anOverrideOfAModelThatDoesNotExistIsAnError(@TempDir Path root) throws Exception {
        write(root, "staging/stg_a.sql", "SELECT 1 AS id");
        write(root, "staging/stg_typo.spark.sql", "SELECT 1 AS id");

        assertThatThrownBy(() -> ModelCatalog.load(Project.builtIn(folderLoader(root))))
                .isInstanceOf(DefinitionException.class)
                .hasMessage("built-in models/staging/stg_typo.spark.sql overrides no model: there is no stg_typo.sql");
    }

    @Test
    void readersOfAModelAreTheModelsThatNameIt() {
        // contains, not containsExactly: a new indicator reading the model must not need a test edit.
        assertThat(catalog.readers(catalog.model("int_measure_achievement"))).extracting(Model::name)
                .contains("ind_measure_achievement_rate", "ind_measures_achieved", "ind_measures_exceeded",
                        "ind_measures_not_achieved", "ind_measures_with_indicator");
        assertThat(catalog.readers(catalog.model("ind_measures_achieved"))).isEmpty();
    }

    @Test
    void aModelComputedPerPartitionNamesItsLakeTable() {
        Model pages = catalog.model("int_page_views_pages");

        assertThat(pages.computedPer()).contains("fiscal_year");
        assertThat(catalog.partitionedSource(pages).name()).isEqualTo("page_views");
        assertThat(catalog.upstream(pages)).extracting(Model::name).containsExactly("stg_page_views");
    }

    @Test
    void aModelComputedPerPartitionThatReadsAnotherIntermediateIsRefused(@TempDir Path root) throws Exception {
        write(root, "staging/stg_a.sql", "SELECT * FROM src_page_views");
        write(root, "intermediate/int_b.sql", "SELECT * FROM stg_a");
        write(root, "intermediate/int_c.sql", "SELECT * FROM int_b");
        Files.writeString(root.resolve(Project.BUILT_IN_ROOT + ModelCatalog.FOLDER).resolve("intermediate/int_c.yaml"),
                "computed_per: fiscal_year\n", java.nio.file.StandardOpenOption.APPEND);

        assertThatThrownBy(() -> ModelCatalog.load(Project.builtIn(folderLoader(root))))
                .isInstanceOf(DefinitionException.class)
                .hasMessage("built-in models/intermediate/int_c.sql: int_c is computed_per fiscal_year, so it may read only staging models and the lake, "
                        + "but it reads int_b");
    }

    @Test
    void aModelComputedPerAColumnItsLakeTableIsNotPartitionedByIsRefused(@TempDir Path root) throws Exception {
        write(root, "intermediate/int_b.sql", "SELECT * FROM src_observations");
        Files.writeString(root.resolve(Project.BUILT_IN_ROOT + ModelCatalog.FOLDER).resolve("intermediate/int_b.yaml"),
                "computed_per: fiscal_year\n", java.nio.file.StandardOpenOption.APPEND);

        assertThatThrownBy(() -> ModelCatalog.load(Project.builtIn(folderLoader(root))))
                .isInstanceOf(DefinitionException.class)
                .hasMessage("built-in models/intermediate/int_b.sql: int_b is computed_per fiscal_year, so it must read exactly one lake table partitioned "
                        + "by fiscal_year, but it reads [src_observations]");
    }

    /**
     * A model file and its sidecar under {@code <root>/ebpm/project/models/} (with the built-in settings beside it);
     * an override has no sidecar of its own.
     */
    private static void write(Path root, String sqlFile, String sql) throws IOException {
        Path settings = root.resolve(Project.BUILT_IN_ROOT + Project.SETTINGS);
        if (!Files.exists(settings)) {
            Files.createDirectories(settings.getParent());
            Files.write(settings, Project.builtIn().file(Project.SETTINGS).orElseThrow().content());
        }
        Path file = root.resolve(Project.BUILT_IN_ROOT + ModelCatalog.FOLDER).resolve(sqlFile);
        Files.createDirectories(file.getParent());
        Files.writeString(file, sql);
        String name = file.getFileName().toString().replace(".sql", "");
        if (!name.contains(".")) {
            String indicator = name.startsWith("ind_") ? "indicator: {code: " + name + ", name_ja: 指標, unit: 件, "
                    + "period_type: FY, higher_is_better: true}\n" : "";
            Files.writeString(file.resolveSibling(name + ".yaml"),
                    "description: test\ngrain: one row\n" + indicator);
        }
    }

    /** Sees only the given folder, so the catalog under test is the one written there. */
    private static ClassLoader folderLoader(Path root) throws IOException {
        return new URLClassLoader(new URL[] {root.toUri().toURL()}, null);
    }

    private static Model model(String name, String sql) {
        return new Model(name, Layer.ofModel(name), "test model " + name, "one row", sql, Optional.empty(),
                List.of(), List.of(), Optional.empty(), "test", CheckSettings.NONE);
    }
}
