package ebpm.spark;

import ebpm.analytics.catalog.Layer;
import ebpm.analytics.catalog.Model;
import ebpm.analytics.catalog.ModelCatalog;
import ebpm.analytics.engine.IndicatorEngine;
import ebpm.analytics.engine.IndicatorValue;
import ebpm.analytics.engine.ValueStatus;
import ebpm.analytics.lake.LakeTables;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.execution.LogicalRDD;

/**
 * The indicator catalog on Spark SQL: the lake's tables as {@code src_*} views, the staging and intermediate models
 * as temporary views (computed once where several models read them), each indicator model collected to the driver
 * as indicator values. The engine works in a
 * session of its own (sharing the SparkContext), so its views never meet another engine's.
 */
public final class SparkEngine implements IndicatorEngine {

    public static final String NAME = "spark";

    private final SparkSession spark;
    private final ModelCatalog catalog;
    private final List<String> views = new ArrayList<>();
    /** Models that several others read, by name: computed once, on the first evaluation that needs them. */
    private final List<String> shared = new ArrayList<>();
    /** The shared models computed so far, each as the rows Spark keeps (memory, spilling to disk). */
    private final Map<String, Dataset<Row>> computed = new LinkedHashMap<>();

    private SparkEngine(SparkSession spark, ModelCatalog catalog) {
        this.spark = spark;
        this.catalog = catalog;
    }

    /**
     * @param lake the lake's root as a URI Spark can read: {@code file:/…}, {@code hdfs://…}, {@code s3a://…}
     */
    public static SparkEngine open(SparkSession base, String lake, ModelCatalog catalog) throws SQLException {
        SparkEngine engine = new SparkEngine(base.newSession(), catalog);
        SparkLakeViews.register(engine.spark, lake);
        LakeTables.ALL.forEach(table -> engine.views.add(table.sourceView()));
        SparkLakeViews.register(engine.spark, catalog.referenceTables().values());
        engine.views.addAll(catalog.referenceTables().keySet());
        for (Model model : catalog.models()) {
            if (model.layer() != Layer.INDICATOR) {
                engine.run(model, "CREATE OR REPLACE TEMP VIEW " + model.name() + " AS " + engine.sql(model));
                engine.views.add(model.name());
                if (catalog.readers(model).size() > 1) {
                    engine.shared.add(model.name());
                }
            }
        }
        return engine;
    }

    @Override
    public String description() {
        return "Spark " + spark.version() + " " + spark.sparkContext().master();
    }

    @Override
    public List<IndicatorValue> evaluate(Model model) throws SQLException {
        String code = model.indicatorCode();
        computeShared(model);
        List<IndicatorValue> values = new ArrayList<>();
        for (Row row : typed(model).collectAsList()) {
            values.add(new IndicatorValue(code, row.getString(0), row.getString(1), row.getString(2),
                    row.getString(3), row.isNullAt(4) ? null : row.getDouble(4),
                    row.isNullAt(5) ? null : row.getDouble(5), ValueStatus.orComputed(row.getString(6))));
        }
        return values;
    }

    /** Any SQL over this engine's views, e.g. to look at a model's rows. */
    Dataset<Row> query(String sql) {
        return spark.sql(sql);
    }

    /** Drops this engine's views and kept models; the SparkContext belongs to whoever made it and stays up. */
    @Override
    public void close() {
        for (Dataset<Row> rows : computed.values()) {
            if (rows.queryExecution().analyzed() instanceof LogicalRDD checkpoint) {
                checkpoint.rdd().unpersist(false);
            }
        }
        views.forEach(view -> spark.catalog().dropTempView(view));
    }

    /**
     * An indicator model's rows with the indicator's columns cast to its types, as DuckDB's JDBC getters do, so that
     * a model may return e.g. a DECIMAL value or an INT period on either engine; {@code target} and
     * {@code value_status} are optional.
     */
    private Dataset<Row> typed(Model model) throws SQLException {
        Dataset<Row> rows = run(model, sql(model));
        boolean hasTarget = Arrays.stream(rows.columns()).anyMatch("target"::equalsIgnoreCase);
        boolean hasStatus = Arrays.stream(rows.columns()).anyMatch(ValueStatus.COLUMN::equalsIgnoreCase);
        try {
            return rows.selectExpr("CAST(area_code AS STRING)", "CAST(breakdown AS STRING)", "CAST(period_type AS STRING)",
                    "CAST(period AS STRING)", "CAST(value AS DOUBLE)",
                    hasTarget ? "CAST(target AS DOUBLE)" : "CAST(NULL AS DOUBLE)",
                    hasStatus ? "CAST(" + ValueStatus.COLUMN + " AS STRING)" : "CAST(NULL AS STRING)");
        } catch (Exception e) { // a column missing: Spark's AnalysisException, checked in Java, undeclared in Scala
            throw new SQLException("indicator model " + model.name() + " failed on Spark: " + e.getMessage(), e);
        }
    }

    /**
     * Computes, once, each model that this one reads (directly or not) and that several models read, in the order
     * they run, and puts its rows in place of its view: on Spark every recomputation is a chain of jobs (for the
     * page views, scans and shuffles of the whole lake), whereas DuckDB inlines views cheaply. The rows are kept as
     * a local checkpoint (memory, spilling to disk), a plan leaf that every later query reads as it is.
     * {@code CACHE TABLE} is not used: Spark (4.1) substitutes a cached view only where it is not referenced inside
     * a {@code WITH} clause, and most models read their inputs inside one, so every reader computed it all again.
     * Views defined over a replaced view see the new one, as Spark resolves a temporary view's references by name
     * each time it reads the view.
     */
    void computeShared(Model model) throws SQLException {
        for (Model upstream : catalog.upstream(model)) {
            String name = upstream.name();
            if (shared.contains(name) && !computed.containsKey(name)) {
                Dataset<Row> rows;
                try {
                    rows = run(upstream, "SELECT * FROM " + name).localCheckpoint(true);
                } catch (RuntimeException e) { // a Spark failure while computing, e.g. a bad cast at run time
                    throw new SQLException("model " + name + " failed on Spark: " + e.getMessage(), e);
                }
                rows.createOrReplaceTempView(name);
                computed.put(name, rows);
            }
        }
    }

    private String sql(Model model) {
        return catalog.sql(model, NAME);
    }

    private Dataset<Row> run(Model model, String sql) throws SQLException {
        try {
            return spark.sql(sql);
        } catch (Exception e) { // Spark's AnalysisException is checked in Java but undeclared in Scala
            throw new SQLException("model " + model.name() + " failed on Spark: " + e.getMessage(), e);
        }
    }
}
