package ebpm.analytics.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The SQL catalog under ebpm/models: what it holds, and the order its models must be created in. */
class ModelCatalogTest {

    private final ModelCatalog catalog = ModelCatalog.load();

    @Test
    void findsEveryModelOfTheCatalogInLayerAndDependencyOrder() {
        assertThat(catalog.models()).extracting(Model::name).containsExactly(
                "stg_health_evaluations",
                "stg_measures",
                "stg_observations",
                "stg_page_views",
                "int_health_evaluations",
                "int_health_support_groups",
                "int_health_support_effect",
                "int_measure_evaluations",
                "int_measure_achievement",
                "int_page_views_pages",
                "int_page_views_monthly",
                "ind_health_evaluated_projects",
                "ind_health_outcome_improvement_rate",
                "ind_health_participation_rate",
                "ind_health_supported_evaluations",
                "ind_measure_achievement_rate",
                "ind_measures_achieved",
                "ind_measures_exceeded",
                "ind_measures_not_achieved",
                "ind_measures_with_indicator",
                "ind_tourism_accommodation_pageviews",
                "ind_tourism_inbound_monthly_average",
                "ind_tourism_pageviews",
                "ind_tourism_visitors");
    }

    @Test
    void indicatorModelsAreTheOnesWithIndicatorCodes() {
        assertThat(catalog.indicators()).extracting(Model::name).containsExactly(
                "ind_health_evaluated_projects",
                "ind_health_outcome_improvement_rate",
                "ind_health_participation_rate",
                "ind_health_supported_evaluations",
                "ind_measure_achievement_rate",
                "ind_measures_achieved",
                "ind_measures_exceeded",
                "ind_measures_not_achieved",
                "ind_measures_with_indicator",
                "ind_tourism_accommodation_pageviews",
                "ind_tourism_inbound_monthly_average",
                "ind_tourism_pageviews",
                "ind_tourism_visitors");
        assertThat(catalog.indicators()).extracting(model -> model.indicator().orElseThrow().code()).containsExactly(
                "health_evaluated_projects",
                "health_outcome_improvement_rate",
                "health_participation_rate",
                "health_supported_evaluations",
                "measure_achievement_rate",
                "measures_achieved",
                "measures_exceeded",
                "measures_not_achieved",
                "measures_with_indicator",
                "tourism_accommodation_pageviews",
                "tourism_inbound_monthly_average",
                "tourism_pageviews",
                "tourism_visitors");
        assertThat(catalog.models()).filteredOn(model -> model.layer() != Layer.INDICATOR)
                .allSatisfy(model -> assertThat(model.indicator()).as(model.name()).isEmpty());
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
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("models depend on each other in a cycle: [int_a, int_b, int_c]");
    }

    private static Model model(String name, String sql) {
        return new Model(name, Layer.ofModel(name), "test model " + name, "one row", sql, Optional.empty(),
                List.of(), List.of());
    }
}
