package ebpm.analytics.catalog;

/**
 * The layers of the indicator SQL catalog, in the order they run (dbt style): staging models clean one source,
 * intermediate models combine them, indicator models produce the values stored in the indicator database.
 */
public enum Layer {
    STAGING("stg_"),
    INTERMEDIATE("int_"),
    INDICATOR("ind_");

    private final String prefix;

    Layer(String prefix) {
        this.prefix = prefix;
    }

    public static Layer ofModel(String modelName) {
        for (Layer layer : values()) {
            if (modelName.startsWith(layer.prefix)) {
                return layer;
            }
        }
        throw new IllegalArgumentException(
                "model " + modelName + " must start with stg_, int_ or ind_ to say which layer it belongs to");
    }
}
