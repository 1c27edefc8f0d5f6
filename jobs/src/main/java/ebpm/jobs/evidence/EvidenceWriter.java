package ebpm.jobs.evidence;

import ebpm.analytics.catalog.Model;
import ebpm.analytics.catalog.ModelCatalog;
import ebpm.analytics.checksum.Sha256;
import ebpm.analytics.engine.DuckDbSession;
import ebpm.analytics.indicatordb.IndicatorDatabase;
import ebpm.analytics.indicatordb.IndicatorStore;
import ebpm.analytics.indicatordb.ManifestEntry;
import ebpm.analytics.lake.LakeTables;
import ebpm.analytics.period.FiscalYear;
import ebpm.analytics.project.Project;
import ebpm.analytics.project.ReferenceTable;
import ebpm.analytics.withdrawal.WithdrawnRows;
import ebpm.evidence.catalog.EvidenceDefinition;
import ebpm.evidence.chart.ChartData;
import ebpm.evidence.chart.ChartSpec;
import ebpm.evidence.catalog.EvidenceParameter;
import ebpm.evidence.export.ColumnFormats;
import ebpm.evidence.export.EvidenceDocument;
import ebpm.evidence.export.EvidenceExporter;
import ebpm.evidence.export.Lineage;
import ebpm.evidence.export.QueryRecipe;
import ebpm.evidence.export.SourceFile;
import ebpm.evidence.query.EvidenceQuery;
import ebpm.evidence.query.ViewDependencies;
import ebpm.jobs.WorkFolder;
import ebpm.jobs.observations.ObservedIndicators;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tech.tablesaw.api.Table;

/**
 * Builds evidence tables from the indicator database and the lake of one work folder and writes them in the
 * requested formats, each with its lineage: the landing files, the SQL models, the engine and the run.
 * The methods that use its DuckDB session hold the writer's lock, so one writer may build a table on one thread
 * while a notebook of the table before extracts its inputs on another ({@link ExportQueue}).
 */
public final class EvidenceWriter implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EvidenceWriter.class);

    private final ModelCatalog catalog;
    private final DuckDbSession session;
    private final List<ManifestEntry> manifest;
    private final WorkFolder work;
    private final Publications publications;
    /** Per landing file of observations (by checksum), the indicator codes its rows state; read when first asked. */
    private Map<String, Set<String>> observedCodes;
    private final List<String> plans;

    public EvidenceWriter(WorkFolder work, IndicatorStore indicators, Project project) throws SQLException {
        this.work = work;
        this.plans = project.plans().ids();
        if (!indicators.exists()) {
            throw new IllegalStateException("no indicator database at " + indicators
                    + ": run 'ebpm nightly' first (or give --work / --indicator-db)");
        }
        // Read-only and closed as soon as the values are copied: a reader never keeps a night from publishing.
        try (IndicatorDatabase database = indicators.openReadOnly()) {
            // Tables that read the models see the figures without the withdrawn rows, as the indicators do.
            this.catalog = ModelCatalog.load(project).withWithdrawals(database.withdrawals().inForce());
            this.manifest = database.manifest().entries();
            this.publications = Publications.of(catalog);
            this.session = DuckDbSession.open(work.lake(), catalog, Optional.of(work.modelCache()));
            try {
                database.copyCurrentValuesInto(session.connection());
            } catch (SQLException | RuntimeException e) {
                session.close();
                throw e;
            }
        }
    }

    /** Builds one evidence table; {@code filters} are the command-line values by parameter name. */
    public synchronized EvidenceDocument build(EvidenceDefinition definition, Map<String, String> filters)
            throws SQLException {
        session.materialiseModelsReadBy(definition.sql());
        for (EvidenceParameter parameter : definition.parameters()) {
            if (parameter.defaultSql() != null) {
                session.materialiseModelsReadBy(parameter.defaultSql());
            }
        }
        EvidenceQuery query = new EvidenceQuery(session.connection());
        Map<String, Object> parameters = query.resolve(definition, filters);
        checkPlanAskedFor(definition, parameters);
        Optional<Model> indicator = indicatorAskedFor(definition, parameters);
        Table result = query.run(definition, parameters);
        // Columns that only give others their decimals (decimals_from) shape the formats and are then left out.
        ColumnFormats formats = ColumnFormats.declared(definition.name(), result, definition.columns());
        Table table = ColumnFormats.shown(result, definition.columns());
        return new EvidenceDocument(documentName(definition, parameters), title(definition, parameters, indicator),
                definition.description(), table, definition.decimals(), lineage(definition, indicator),
                drawable(definition, table), Optional.of(recipe(definition, parameters)), formats);
    }

    /**
     * The declared chart, if these rows can be drawn with it. A chart is the table's picture: rows it cannot draw
     * (two values for one bar, say) leave the table without it, with a warning naming why, and never fail the table
     * or the night.
     */
    private static Optional<ChartSpec> drawable(EvidenceDefinition definition, Table table) {
        if (table.rowCount() == 0) {
            return Optional.empty(); // nothing to draw; the table says why it is empty
        }
        return definition.chart().filter(spec -> {
            try {
                ChartData.of(table, spec);
                return true;
            } catch (IllegalArgumentException cannotDraw) {
                log.warn("evidence {}: drawn without its chart: {}", definition.name(), cannotDraw.getMessage());
                return false;
            }
        });
    }

    /** The fiscal years that have indicator values, newest first: what a year filter offers (the web app). */
    public synchronized List<Integer> fiscalYearsWithValues() throws SQLException {
        List<Integer> years = new ArrayList<>();
        try (Statement statement = session.connection().createStatement();
             ResultSet rows = statement.executeQuery("SELECT DISTINCT TRY_CAST(period AS INTEGER) AS year "
                     + "FROM indicator_value WHERE period_type = 'FY' AND year IS NOT NULL ORDER BY year DESC")) {
            while (rows.next()) {
                years.add(rows.getInt(1));
            }
        }
        return years;
    }

    /** Each area and breakdown an indicator has values for, ordered, as {@code [area_code, breakdown]} pairs. */
    public synchronized List<List<String>> areasAndBreakdownsOf(String indicatorCode) throws SQLException {
        List<List<String>> slices = new ArrayList<>();
        try (PreparedStatement statement = session.connection().prepareStatement("SELECT DISTINCT area_code, "
                + "breakdown FROM indicator_value WHERE indicator_code = ? ORDER BY area_code, breakdown")) {
            statement.setString(1, indicatorCode);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    slices.add(List.of(rows.getString(1), rows.getString(2)));
                }
            }
        }
        return slices;
    }

    /**
     * The indicator model a filter of type {@code indicator} names (the table {@code indicator}): one of the
     * project's, or an error that lists them, since a misspelt code would otherwise read as an empty table.
     */
    private Optional<Model> indicatorAskedFor(EvidenceDefinition definition, Map<String, Object> parameters) {
        for (EvidenceParameter parameter : definition.parameters()) {
            Object code = parameters.get(parameter.name());
            if ("indicator".equals(parameter.type()) && code != null) {
                return Optional.of(catalog.indicators().stream()
                        .filter(model -> model.indicatorCode().equals(code))
                        .findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("--" + parameter.name() + " '" + code
                                + "' is not an indicator of the project; known: " + String.join(", ",
                                catalog.indicators().stream().map(Model::indicatorCode).sorted().toList())
                                + " (see: ebpm catalog)")));
            }
        }
        return Optional.empty();
    }

    /** A filter of type {@code plan} names one of the project's plans, else it would read as an empty table. */
    private void checkPlanAskedFor(EvidenceDefinition definition, Map<String, Object> parameters) {
        for (EvidenceParameter parameter : definition.parameters()) {
            Object id = parameters.get(parameter.name());
            if ("plan".equals(parameter.type()) && id != null && !plans.contains(id.toString())) {
                throw new IllegalArgumentException("--" + parameter.name() + " '" + id + "' is not a plan of the "
                        + "project; known: " + String.join(", ", plans) + " (see: ebpm catalog)");
            }
        }
    }

    /**
     * What a fresh DuckDB connection runs to compute the table again, the notebook's code: the relations the SQL
     * reads, extracted from this session as they are now, the filters, the SQL.
     */
    private QueryRecipe recipe(EvidenceDefinition definition, Map<String, Object> parameters) throws SQLException {
        return new QueryRecipe(definition.name(), definition.grain(), filters(definition, parameters),
                ViewDependencies.readDirectlyBy(definition.sql(), relations()), this::extract,
                EvidenceQuery.paramsSql(definition), EvidenceQuery.paramValues(definition, parameters),
                definition.sql());
    }

    /**
     * The tables and views of the session an evidence query may read, but its own {@code params} and the session's
     * copies of model rows and small lake tables (read through the models' and {@code src_*} views).
     */
    private List<String> relations() throws SQLException {
        List<String> relations = new ArrayList<>();
        try (Statement statement = session.connection().createStatement();
             ResultSet rows = statement.executeQuery("SELECT DISTINCT table_name FROM information_schema.tables "
                     + "WHERE table_name <> 'params' AND table_name NOT LIKE 'materialised\\_%' ESCAPE '\\' "
                     + "AND table_name NOT LIKE 'lake\\_%' ESCAPE '\\' "
                     + "ORDER BY table_name")) {
            while (rows.next()) {
                relations.add(rows.getString(1));
            }
        }
        return relations;
    }

    private synchronized void extract(String relation, Path file) throws IOException {
        try (Statement statement = session.connection().createStatement()) {
            statement.execute("COPY (SELECT * FROM \"" + relation.replace("\"", "\"\"") + "\") TO '"
                    + file.toAbsolutePath().toString().replace("'", "''") + "' (FORMAT parquet)");
        } catch (SQLException e) {
            throw new IOException("cannot write the rows of " + relation + " to " + file + ": " + e.getMessage(), e);
        }
    }

    /** The filters as planners read them: 年度 → 2020（令和2年度）; a filter left out reads すべて. */
    static Map<String, String> filters(EvidenceDefinition definition, Map<String, Object> parameters) {
        Map<String, String> filters = new LinkedHashMap<>();
        for (EvidenceParameter parameter : definition.parameters()) {
            Object value = parameters.get(parameter.name());
            String text = value == null ? "すべて"
                    : "fiscal_year".equals(parameter.type())
                            ? value + "（" + FiscalYear.japanese((Integer) value) + "）"
                            : value.toString();
            filters.put(parameter.label(), text);
        }
        return filters;
    }

    /** The file name states the filters, e.g. {@code tourism-pageviews_FY2020_inbound}, so requests do not clash. */
    static String documentName(EvidenceDefinition definition, Map<String, Object> parameters) {
        StringBuilder name = new StringBuilder(definition.name());
        for (EvidenceParameter parameter : definition.parameters()) {
            Object value = parameters.get(parameter.name());
            if (value != null) {
                name.append('_').append("fiscal_year".equals(parameter.type()) ? "FY" : "").append(stem(value));
            }
        }
        return name.toString();
    }

    /**
     * A filter value as part of a file name, which is ASCII: a value that is not (a breakdown such as 全体) keeps
     * its ASCII characters and gains a short digest of itself, so two values never share a file.
     */
    static String stem(Object value) {
        String text = value.toString();
        String ascii = text.replaceAll("[^A-Za-z0-9._-]", "");
        if (ascii.equals(text)) {
            return text;
        }
        String digest = Sha256.hex(text).substring(0, 8);
        return ascii.isEmpty() ? digest : ascii + "-" + digest;
    }

    private static String title(EvidenceDefinition definition, Map<String, Object> parameters,
                                Optional<Model> indicator) {
        String title = definition.title() + indicator.map(model -> " " + model.indicator().orElseThrow().nameJa())
                .orElse("");
        Object fiscalYear = parameters.get("fy");
        return fiscalYear == null ? title : title + " " + FiscalYear.japanese((Integer) fiscalYear);
    }

    public List<Path> write(EvidenceDocument document, List<EvidenceExporter> exporters, Path folder)
            throws IOException {
        Files.createDirectories(folder);
        List<Path> files = new ArrayList<>();
        for (EvidenceExporter exporter : exporters) {
            files.addAll(write(document, exporter, folder));
        }
        return files;
    }

    /** Writes one format of a document into an existing folder: its file, then the companions it wrote beside. */
    static List<Path> write(EvidenceDocument document, EvidenceExporter exporter, Path folder) throws IOException {
        Path file = exporter.exportInto(folder, document);
        List<Path> files = new ArrayList<>(List.of(file));
        files.addAll(exporter.companions(document, file));
        return files;
    }

    @Override
    public synchronized void close() throws SQLException {
        session.close();
    }

    /**
     * The landing files and models a table comes from: the models its definition lists, and for a table of one
     * indicator asked for by a filter, that indicator's model and the models it reads.
     */
    private Lineage lineage(EvidenceDefinition definition, Optional<Model> indicator) throws SQLException {
        List<String> models = new ArrayList<>(definition.models());
        indicator.ifPresent(model -> {
            catalog.upstream(model).stream().map(Model::name).filter(name -> !models.contains(name))
                    .forEach(models::add);
            models.add(model.name());
        });
        Set<String> codes = observationCodesSelected(definition, models);
        List<SourceFile> sources = new ArrayList<>();
        Set<String> cited = new LinkedHashSet<>();
        // The models' SQL once, not once per landing file: a pack's lineage looks at every file of the manifest.
        String modelsSql = models.stream().map(model -> catalog.model(model).sql()).collect(Collectors.joining("\n"));
        for (ManifestEntry entry : manifest) {
            if (!ManifestEntry.INGESTED.equals(entry.status()) || !readsSource(modelsSql, entry)) {
                continue;
            }
            Set<String> stated = observedCodes().getOrDefault(entry.checksum(), Set.of());
            Set<String> read = new TreeSet<>(stated);
            if (!codes.isEmpty()) {
                read.retainAll(codes);
                // A file of observations only of indicators the table does not read is no source of it.
                if (!stated.isEmpty() && read.isEmpty()) {
                    continue;
                }
            }
            sources.add(new SourceFile(entry.fileName(), entry.checksum()));
            cited.addAll(publications.of(entry.source(), read));
        }
        // The rules are sources too: the seeds (and settings) the table was computed with, by their project path.
        for (ReferenceTable table : catalog.referenceTablesReadBy(definition.sql())) {
            // A withdrawal view is a source when it takes rows out; an empty one changes nothing.
            if (!table.name().startsWith(WithdrawnRows.VIEW_PREFIX) || !table.rows().isEmpty()) {
                sources.add(new SourceFile(table.path(), table.sha256()));
            }
        }
        return new Lineage(sources, models, session.description(), lastRunId(), Instant.now(),
                List.copyOf(cited));
    }

    /**
     * The indicator codes of observations the table reads: those its SQL and its models select from
     * {@code stg_observations}; empty when none names a code (then every observation file counts).
     */
    private Set<String> observationCodesSelected(EvidenceDefinition definition, List<String> models) {
        Set<String> codes = new TreeSet<>(ObservedIndicators.selectedBy(definition.sql()));
        for (String model : models) {
            codes.addAll(ObservedIndicators.selectedBy(catalog.model(model).sql()));
        }
        return codes;
    }

    private Map<String, Set<String>> observedCodes() throws SQLException {
        if (observedCodes == null) {
            observedCodes = new HashMap<>();
            try (Statement statement = session.connection().createStatement();
                 ResultSet rows = statement.executeQuery("SELECT DISTINCT source_checksum, indicator_code FROM "
                         + "src_" + LakeTables.OBSERVATIONS.name())) {
                while (rows.next()) {
                    observedCodes.computeIfAbsent(rows.getString(1), key -> new TreeSet<>()).add(rows.getString(2));
                }
            }
        }
        return observedCodes;
    }

    /**
     * The models read a landing file when one of them scans the lake view of a table the file landed in
     * (the first folder of its lake files; a source and its lake table may be named differently).
     */
    private static boolean readsSource(String modelsSql, ManifestEntry entry) {
        List<String> views = new ArrayList<>();
        views.add("src_" + entry.source());
        if (entry.lakeFile() != null) {
            for (String lakeFile : entry.lakeFile().split(";")) {
                views.add("src_" + Path.of(lakeFile).getName(0));
            }
        }
        return views.stream().anyMatch(modelsSql::contains);
    }

    private String lastRunId() throws SQLException {
        String runId = single("SELECT run_id FROM indicator_value ORDER BY computed_at DESC LIMIT 1");
        return runId == null ? "-" : runId;
    }

    private String single(String sql) throws SQLException {
        try (Statement statement = session.connection().createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }
}
