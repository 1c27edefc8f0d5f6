package ebpm.jobs.evidence;

import ebpm.analytics.catalog.ModelCatalog;
import ebpm.analytics.engine.DuckDbSession;
import ebpm.analytics.indicatordb.IndicatorDatabase;
import ebpm.analytics.indicatordb.IndicatorStore;
import ebpm.analytics.indicatordb.ManifestEntry;
import ebpm.analytics.period.FiscalYear;
import ebpm.analytics.project.Project;
import ebpm.analytics.project.ReferenceTable;
import ebpm.evidence.catalog.EvidenceDefinition;
import ebpm.evidence.catalog.EvidenceParameter;
import ebpm.evidence.export.EvidenceDocument;
import ebpm.evidence.export.EvidenceExporter;
import ebpm.evidence.export.Lineage;
import ebpm.evidence.export.QueryRecipe;
import ebpm.evidence.export.SourceFile;
import ebpm.evidence.query.EvidenceQuery;
import ebpm.evidence.query.ViewDependencies;
import ebpm.jobs.WorkFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tech.tablesaw.api.Table;

/**
 * Builds evidence tables from the indicator database and the lake of one work folder and writes them in the
 * requested formats, each with its lineage: the landing files, the SQL models, the engine and the run.
 */
public final class EvidenceWriter implements AutoCloseable {

    private final ModelCatalog catalog;
    private final DuckDbSession session;
    private final List<ManifestEntry> manifest;
    private final WorkFolder work;

    public EvidenceWriter(WorkFolder work, IndicatorStore indicators, Project project) throws SQLException {
        this.work = work;
        this.catalog = ModelCatalog.load(project);
        if (!indicators.exists()) {
            throw new IllegalStateException("no indicator database at " + indicators
                    + ": run 'ebpm nightly' first (or give --work / --indicator-db)");
        }
        this.session = DuckDbSession.open(work.lake(), catalog, Optional.of(work.modelCache()));
        try (IndicatorDatabase database = indicators.open()) {
            database.copyCurrentValuesInto(session.connection());
            this.manifest = database.manifest().entries();
        } catch (SQLException | RuntimeException e) {
            session.close();
            throw e;
        }
    }

    /** Builds one evidence table; {@code filters} are the command-line values by parameter name. */
    public EvidenceDocument build(EvidenceDefinition definition, Map<String, String> filters) throws SQLException {
        session.materialiseModelsReadBy(definition.sql());
        for (EvidenceParameter parameter : definition.parameters()) {
            if (parameter.defaultSql() != null) {
                session.materialiseModelsReadBy(parameter.defaultSql());
            }
        }
        EvidenceQuery query = new EvidenceQuery(session.connection());
        Map<String, Object> parameters = query.resolve(definition, filters);
        Table table = query.run(definition, parameters);
        return new EvidenceDocument(documentName(definition, parameters), title(definition, parameters),
                definition.description(), table, definition.decimals(), lineage(definition), definition.chart(),
                Optional.of(recipe(definition, parameters)));
    }

    /** What a fresh DuckDB connection runs to compute the table again: the notebook's code. */
    private QueryRecipe recipe(EvidenceDefinition definition, Map<String, Object> parameters) {
        return new QueryRecipe(definition.name(), definition.grain(), filters(definition, parameters),
                work.indicatorDatabase().toAbsolutePath().normalize(),
                ViewDependencies.needed(session.views(), definition.sql()), EvidenceQuery.paramsSql(definition),
                EvidenceQuery.paramValues(definition, parameters), definition.sql());
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
                name.append('_').append("fiscal_year".equals(parameter.type()) ? "FY" : "").append(value);
            }
        }
        return name.toString();
    }

    private static String title(EvidenceDefinition definition, Map<String, Object> parameters) {
        Object fiscalYear = parameters.get("fy");
        return fiscalYear == null ? definition.title()
                : definition.title() + " " + FiscalYear.japanese((Integer) fiscalYear);
    }

    public List<Path> write(EvidenceDocument document, List<EvidenceExporter> exporters, Path folder)
            throws IOException {
        Files.createDirectories(folder);
        List<Path> files = new ArrayList<>();
        for (EvidenceExporter exporter : exporters) {
            Path file = exporter.exportInto(folder, document);
            files.add(file);
            files.addAll(exporter.companions(file));
        }
        return files;
    }

    @Override
    public void close() throws SQLException {
        session.close();
    }

    private Lineage lineage(EvidenceDefinition definition) throws SQLException {
        List<SourceFile> sources = new ArrayList<>();
        for (ManifestEntry entry : manifest) {
            if (ManifestEntry.INGESTED.equals(entry.status()) && readsSource(definition, entry)) {
                sources.add(new SourceFile(entry.fileName(), entry.checksum()));
            }
        }
        // The rules are sources too: the seeds (and settings) the table was computed with, by their project path.
        for (ReferenceTable table : catalog.referenceTablesReadBy(definition.sql())) {
            sources.add(new SourceFile(table.path(), table.sha256()));
        }
        return new Lineage(sources, definition.models(), session.description(), lastRunId(), Instant.now());
    }

    /**
     * A definition reads a landing file when one of its models scans the lake view of a table the file landed in
     * (the first folder of its lake files; a source and its lake table may be named differently).
     */
    private boolean readsSource(EvidenceDefinition definition, ManifestEntry entry) {
        List<String> views = new ArrayList<>();
        views.add("src_" + entry.source());
        if (entry.lakeFile() != null) {
            for (String lakeFile : entry.lakeFile().split(";")) {
                views.add("src_" + Path.of(lakeFile).getName(0));
            }
        }
        return definition.models().stream()
                .anyMatch(model -> views.stream().anyMatch(view -> catalog.model(model).sql().contains(view)));
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
