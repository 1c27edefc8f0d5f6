package ebpm.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The SparkSession of a batch run. Settings given the Spark way win ({@code spark-submit --conf}, {@code -Dspark.*});
 * otherwise the run is local on every core, with no UI (nobody watches a nightly batch) and, locally, a few shuffle
 * partitions instead of 200 (indicator data is small). One session per JVM: a second call returns the same one.
 */
public final class SparkSessions {

    public static final String LOCAL = "local[*]";

    private SparkSessions() {
    }

    public static SparkSession batch() {
        SparkConf conf = new SparkConf();
        conf.setIfMissing("spark.master", LOCAL);
        conf.setIfMissing("spark.app.name", "ebpm indicators");
        conf.setIfMissing("spark.ui.enabled", "false");
        // Temporary views need no warehouse; keep Spark from creating spark-warehouse/ in the working folder.
        conf.setIfMissing("spark.sql.warehouse.dir",
                java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "ebpm-spark-warehouse").toUri().toString());
        // A model that several others read is cached (SparkEngine); let adaptive execution shrink its partitions as
        // it does any query's, instead of every reader scanning spark.sql.shuffle.partitions (200) tiny blocks.
        conf.setIfMissing("spark.sql.optimizer.canChangeCachedPlanOutputPartitioning", "true");
        if (conf.get("spark.master").startsWith("local")) {
            conf.setIfMissing("spark.sql.shuffle.partitions", "4");
            // A laptop or CI box whose host name does not resolve must still run locally.
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        return SparkSession.builder().config(conf).getOrCreate();
    }
}
