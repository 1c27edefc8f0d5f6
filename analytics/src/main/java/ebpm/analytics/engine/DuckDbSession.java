package ebpm.analytics.engine;

import ebpm.analytics.catalog.Layer;
import ebpm.analytics.catalog.Model;
import ebpm.analytics.catalog.ModelCatalog;
import ebpm.analytics.catalog.SqlNames;
import ebpm.analytics.lake.LakeTable;
import ebpm.analytics.lake.LakeTables;
import ebpm.analytics.project.ReferenceTable;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The default engine: one in-process, in-memory DuckDB connection with the lake's Parquet files as {@code src_*}
 * views (a small table's over a copy read once: {@link LakeViews#inSession}) and the catalog's staging and
 * intermediate models as views on top of them. It holds no results of its own:
 * the indicator database it feeds is a separate connection (a DuckDB file or PostgreSQL), and what it keeps between
 * runs, when given a model cache, can always be computed again from the lake ({@link PartitionedModelCache}).
 */
public final class DuckDbSession implements IndicatorEngine {

    private final Connection connection;
    private final Path lake;
    private final ModelCatalog catalog;
    private final Optional<PartitionedModelCache> cache;
    private final Map<String, String> views = new LinkedHashMap<>();
    private final Map<String, Model> intermediates = new LinkedHashMap<>();
    private final Set<String> materialised = new HashSet<>();

    private DuckDbSession(Connection connection, Path lake, ModelCatalog catalog, Optional<Path> modelCache) {
        this.connection = connection;
        this.lake = lake;
        this.catalog = catalog;
        this.cache = modelCache.map(PartitionedModelCache::new);
    }

    /** Opens an in-memory database that exposes the lake and the catalog's views. */
    public static DuckDbSession open(Path lake, ModelCatalog catalog) throws SQLException {
        return open(lake, catalog, Optional.empty());
    }

    /**
     * The same, keeping the rows of {@code computed_per} models in {@code modelCache} partition by partition, so that
     * this and later sessions compute only the partitions whose lake files changed.
     */
    public static DuckDbSession open(Path lake, ModelCatalog catalog, Optional<Path> modelCache)
            throws SQLException {
        return open(lake, catalog, modelCache, (model, e) -> {
            throw new SQLException("model " + model.name() + " failed: " + e.getMessage(), e);
        });
    }

    /**
     * Opens a session to check the catalog's SQL: a staging or intermediate model whose view cannot be created is
     * handed to {@code failed} and left out, instead of failing the session, so one pass finds every broken model.
     */
    public static DuckDbSession openChecking(Path lake, ModelCatalog catalog, BiConsumer<Model, SQLException> failed)
            throws SQLException {
        return open(lake, catalog, Optional.empty(), (model, e) -> failed.accept(model, e));
    }

    private static DuckDbSession open(Path lake, ModelCatalog catalog, Optional<Path> modelCache, FailedView failed)
            throws SQLException {
        Connection connection = DuckDbMemory.inMemory();
        DuckDbSession session = new DuckDbSession(connection, lake, catalog, modelCache);
        try {
            session.registerLake(lake);
            session.registerReferenceTables(catalog);
            session.registerViews(catalog, failed);
        } catch (SQLException | RuntimeException e) {
            session.close();
            throw e;
        }
        return session;
    }

    public Connection connection() {
        return connection;
    }

    @Override
    public String description() {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT version()")) {
            rows.next();
            return "DuckDB " + rows.getString(1);
        } catch (SQLException e) {
            return "DuckDB";
        }
    }

    @Override
    public List<IndicatorValue> evaluate(Model model) throws SQLException {
        String code = model.indicatorCode();
        materialiseModelsReadBy(model.sql());
        List<IndicatorValue> values = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(model.sql())) {
            boolean hasTarget = hasColumn(rows, "target");
            boolean hasStatus = hasColumn(rows, ValueStatus.COLUMN);
            while (rows.next()) {
                values.add(new IndicatorValue(code, rows.getString("area_code"), rows.getString("breakdown"),
                        rows.getString("period_type"), rows.getString("period"), nullableDouble(rows, "value"),
                        hasTarget ? nullableDouble(rows, "target") : null,
                        ValueStatus.orComputed(hasStatus ? rows.getString(ValueStatus.COLUMN) : null)));
            }
        } catch (SQLException e) {
            throw new SQLException("indicator model " + model.name() + " failed: " + e.getMessage(), e);
        }
        return values;
    }

    /**
     * Computes each intermediate model that {@code sql} reads (directly or through other intermediate models) once
     * for this session and keeps its rows, so the indicators and evidence tables that read it do not each recompute
     * it from the whole lake. Intermediate models are aggregates (a few thousand rows); staging models, which have
     * the lake's grain, stay views.
     */
    public void materialiseModelsReadBy(String sql) throws SQLException {
        // Names in the code only: a header comment citing another model (int_page_views_pages cites
        // int_page_sections) must not put that model first, or it would be computed over this one's view, from the
        // whole lake, before this one is materialised.
        Set<String> reads = SqlNames.read(sql);
        for (Model model : intermediates.values()) {
            if (!materialised.contains(model.name()) && reads.contains(model.name())) {
                materialised.add(model.name());
                materialiseModelsReadBy(model.sql());
                try (Statement statement = connection.createStatement()) {
                    String table = "materialised_" + model.name();
                    statement.execute("CREATE OR REPLACE TEMP TABLE " + table + " AS SELECT * FROM " + rowsOf(model));
                    statement.execute("CREATE OR REPLACE TEMP VIEW " + model.name() + " AS SELECT * FROM " + table);
                } catch (SQLException e) {
                    // Not kept: a session that stays open (the web app's) computes it again when next asked.
                    materialised.remove(model.name());
                    throw new SQLException("model " + model.name() + " failed: " + e.getMessage(), e);
                }
            }
        }
    }

    /** Where the model's rows come from: its partitions kept in the cache where it has them, else its view. */
    private String rowsOf(Model model) throws SQLException {
        if (cache.isEmpty() || model.computedPer().isEmpty()) {
            return model.name();
        }
        LakeTable source = catalog.partitionedSource(model);
        List<Path> partitions = cache.get().rows(model.name(), definition(model, source), source, lake,
                (lakeFiles, parquet) -> writeRows(model, source, lakeFiles, parquet));
        if (partitions.isEmpty()) {
            return model.name();
        }
        String files = String.join(", ", partitions.stream().map(SqlText::literal).toList());
        // The cache's folders are named like Hive partitions; the files hold the column themselves.
        return "read_parquet([" + files + "], hive_partitioning = false)";
    }

    /** Computes the model over some of its source table's files, by pointing the table's view at them meanwhile. */
    private void writeRows(Model model, LakeTable source, List<Path> lakeFiles, Path parquet) throws SQLException {
        execute(LakeViews.createView(source, lakeFiles));
        try {
            execute("COPY (SELECT * FROM " + model.name() + ") TO " + SqlText.literal(parquet) + " (FORMAT parquet)");
        } finally {
            execute(views.get(source.sourceView()));
        }
    }

    /**
     * Runs {@code sql} on a statement of its own: DuckDB closes a statement whose SQL failed, and the next needs one.
     */
    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /**
     * What the kept rows depend on besides the lake files: the SQL that computes them, the reference tables it
     * joins (a changed seed recomputes them) and the engine's version.
     */
    private String definition(Model model, LakeTable source) {
        StringBuilder definition = new StringBuilder(description()).append('\n').append(model.sql());
        for (Model upstream : catalog.upstream(model)) {
            definition.append('\n').append(upstream.sql());
        }
        for (ReferenceTable table : catalog.referenceTablesReadBy(model)) {
            definition.append('\n').append(ReferenceViews.createView(table));
        }
        return definition.append('\n').append(source).toString();
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }

    private void registerLake(Path lake) throws SQLException {
        // A table whose models the cache keeps per partition is scanned where it lies: a night reads only its new
        // partitions, where a copy would read them all.
        Set<LakeTable> keptPerPartition = cache.isPresent() ? catalog.partitionedSources() : Set.of();
        try (Statement statement = connection.createStatement()) {
            // The small tables are copied on one thread: on DuckDB's one per core, each thread allocated blocks of
            // its own for the copy, and the process kept about 40 MB more (against about 12 MB on one). A copy that
            // fails closes the statement and fails the session, which then needs no setting back.
            String threads = setting(statement, "threads");
            statement.execute("SET threads = 1");
            for (LakeTable table : LakeTables.ALL) {
                LakeViews.SessionView view = keptPerPartition.contains(table)
                        ? new LakeViews.SessionView(Optional.empty(), LakeViews.createView(table, lake))
                        : LakeViews.inSession(table, lake);
                if (view.copy().isPresent()) {
                    try {
                        statement.execute(view.copy().get());
                    } catch (SQLException e) {
                        throw unreadable(table, lake, e);
                    }
                }
                statement.execute(view.view());
                views.put(table.sourceView(), view.view());
            }
            statement.execute("SET threads = " + threads);
        }
    }

    /**
     * Why a lake table could not be read, naming the first of its files that cannot be (a file whose footer is whole,
     * which the lake check counts by, can still have pages that cannot be read).
     */
    private SQLException unreadable(LakeTable table, Path lake, SQLException failed) {
        for (Path file : LakeViews.files(table, lake)) {
            try {
                execute("CREATE OR REPLACE TEMP TABLE lake_file_read AS SELECT * FROM read_parquet("
                        + SqlText.literal(file) + ")");
            } catch (SQLException e) {
                return new SQLException("cannot read the lake file " + file + " of the lake table " + table.name()
                        + ": " + e.getMessage() + "; 'ebpm reprocess' takes its landing file again", failed);
            }
        }
        return new SQLException("cannot read the lake table " + table.name() + " (" + table.folder(lake) + "): "
                + failed.getMessage(), failed);
    }

    private static String setting(Statement statement, String name) throws SQLException {
        try (ResultSet rows = statement.executeQuery("SELECT current_setting(" + SqlText.literal(name) + ")")) {
            rows.next();
            return rows.getString(1);
        }
    }

    private void registerReferenceTables(ModelCatalog catalog) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (ReferenceTable table : catalog.referenceTables().values()) {
                String view = ReferenceViews.createView(table);
                statement.execute(view);
                views.put(table.name(), view);
            }
        }
    }

    /** What to do when a model's view cannot be created: fail the session, or note it and go on. */
    private interface FailedView {
        void failed(Model model, SQLException e) throws SQLException;
    }

    private void registerViews(ModelCatalog catalog, FailedView failed) throws SQLException {
        for (Model model : catalog.models()) {
            if (model.layer() != Layer.INDICATOR) {
                String view = "CREATE OR REPLACE TEMP VIEW " + model.name() + " AS " + model.sql();
                try {
                    execute(view);
                } catch (SQLException e) {
                    failed.failed(model, e);
                    continue;
                }
                views.put(model.name(), view);
                if (model.layer() == Layer.INTERMEDIATE) {
                    intermediates.put(model.name(), model);
                }
            }
        }
    }

    private static boolean hasColumn(ResultSet rows, String name) throws SQLException {
        for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
            if (rows.getMetaData().getColumnLabel(i).equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    private static Double nullableDouble(ResultSet rows, String column) throws SQLException {
        double value = rows.getDouble(column);
        return rows.wasNull() ? null : value;
    }
}
