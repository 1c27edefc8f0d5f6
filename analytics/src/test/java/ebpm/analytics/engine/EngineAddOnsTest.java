package ebpm.analytics.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ebpm.analytics.catalog.ModelCatalog;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without the Spark add-on (analytics has no Spark on its class path), asking for Spark says how to get it. */
class EngineAddOnsTest {

    @TempDir
    Path empty;

    @AfterEach
    void forget() {
        System.clearProperty(EngineAddOns.PROPERTY);
    }

    @Test
    void sparkWithoutTheAddOnSaysHowToGetIt() {
        System.setProperty(EngineAddOns.PROPERTY, empty.resolve("spark").toString());
        assertThat(IndicatorEngines.names()).containsExactly(IndicatorEngines.DUCKDB);
        assertThat(EngineAddOns.folder()).contains(empty.resolve("spark"));
        assertThatThrownBy(() -> IndicatorEngines.open("spark", empty, ModelCatalog.load()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the spark engine is an add-on that is not installed")
                .hasMessageContaining(empty.resolve("spark").toString())
                .hasMessageContaining("ebpm-spark-<version>.tar.gz")
                .hasMessageContaining("mvn -B -DskipTests package");
    }

    @Test
    void anUnknownNameListsTheEngines() {
        assertThat(IndicatorEngines.unknown("flink")).isEqualTo("no indicator engine named 'flink'; choose one of [duckdb]");
    }
}
