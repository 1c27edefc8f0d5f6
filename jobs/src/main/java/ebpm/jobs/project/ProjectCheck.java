package ebpm.jobs.project;

import ebpm.analytics.catalog.Layer;
import ebpm.analytics.catalog.Model;
import ebpm.analytics.catalog.ModelCatalog;
import ebpm.analytics.catalog.SqlNames;
import ebpm.analytics.engine.DuckDbSession;
import ebpm.analytics.indicatordb.IndicatorDatabase;
import ebpm.analytics.lake.LakeTable;
import ebpm.analytics.lake.LakeTables;
import ebpm.analytics.project.DefinitionException;
import ebpm.analytics.project.Project;
import ebpm.analytics.project.ProjectFile;
import ebpm.evidence.catalog.EvidenceCatalog;
import ebpm.evidence.catalog.EvidenceDefinition;
import ebpm.evidence.catalog.EvidenceParameter;
import ebpm.evidence.query.EvidenceQuery;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a project without running the night: its definitions (read strictly as the catalogs load), the names each
 * SQL reads (a model, seed or lake table that does not exist) and the models an evidence table lists, then every
 * SQL prepared by DuckDB against the lake's schema and the tables evidence SQL reads. Preparing binds every table
 * and column without reading a row, so the check takes seconds whatever the lake holds. All problems are listed,
 * each naming its file; a model that fails because a model it reads fails is left to that one's message.
 */
public final class ProjectCheck {

    /** The columns an indicator model returns ({@code target} may follow). */
    static final List<String> INDICATOR_COLUMNS = List.of("area_code", "breakdown", "period_type", "period",
            "value");
    private static final Pattern DUCKDB_LINE = Pattern.compile("LINE (\\d+):");

    private final Project project;
    private final List<String> problems = new ArrayList<>();
    /** Files already reported, whose SQL errors would only repeat their problem. */
    private final Set<String> reported = new HashSet<>();
    private final Set<String> failedModels = new HashSet<>();

    private ProjectCheck(Project project) {
        this.project = project;
    }

    /**
     * @param lake the lake whose tables' columns the SQL is prepared against; a folder that does not exist (or
     *             holds no files) is an empty lake with the columns {@code LakeTables} declares
     */
    public static ProjectProblems check(Project project, Path lake) throws SQLException {
        return new ProjectCheck(project).run(lake);
    }

    /**
     * The same against an empty lake with the columns {@code LakeTables} declares, which are the columns the lake's
     * views have whatever its files hold: what the night checks first, before its lake check has looked at (and
     * rebuilt) the lake's files, so a lost or corrupt lake file is reported by that check, not as a project error.
     */
    public static ProjectProblems againstDeclaredColumns(Project project) throws SQLException, IOException {
        Path emptyLake = Files.createTempDirectory("ebpm-empty-lake");
        try {
            return check(project, emptyLake);
        } finally {
            Files.deleteIfExists(emptyLake);
        }
    }

    private ProjectProblems run(Path lake) throws SQLException {
        Optional<ModelCatalog> models = load(() -> ModelCatalog.load(project));
        Optional<EvidenceCatalog> evidence = load(() -> EvidenceCatalog.load(project));
        if (models.isEmpty()) {
            // Without the catalog nothing else can be named or prepared; its first error is the one to fix.
            return new ProjectProblems(problems);
        }
        ModelCatalog catalog = models.get();
        checkNamesRead(catalog, evidence);
        try (DuckDbSession session = DuckDbSession.openChecking(lake, catalog, this::viewFailed)) {
            for (Model model : catalog.indicators()) {
                prepareIndicator(session.connection(), catalog, model);
            }
            if (evidence.isPresent()) {
                IndicatorDatabase.createEvidenceTables(session.connection());
                for (EvidenceDefinition definition : evidence.get().definitions()) {
                    prepareEvidence(session.connection(), catalog, definition);
                }
            }
        }
        return new ProjectProblems(problems);
    }

    private <T> Optional<T> load(Supplier<T> loader) {
        try {
            return Optional.of(loader.get());
        } catch (DefinitionException e) {
            problems.add(e.getMessage());
            return Optional.empty();
        }
    }

    private void checkNamesRead(ModelCatalog catalog, Optional<EvidenceCatalog> evidence) {
        Set<String> tables = new HashSet<>(catalog.referenceTables().keySet());
        LakeTables.ALL.stream().map(LakeTable::sourceView).forEach(tables::add);
        catalog.models().stream().filter(model -> model.layer() != Layer.INDICATOR).map(Model::name)
                .forEach(tables::add);
        for (Model model : catalog.models()) {
            checkNames(model.origin(), model.sql(), tables, catalog);
        }
        if (evidence.isEmpty()) {
            return;
        }
        for (EvidenceDefinition definition : evidence.get().definitions()) {
            checkNames(definition.origin(), definition.sql(), tables, catalog);
            for (EvidenceParameter parameter : definition.parameters()) {
                if (parameter.defaultSql() != null) {
                    checkNames(sidecar(definition) + ": default_sql of " + parameter.name(), parameter.defaultSql(),
                            tables, catalog);
                }
            }
            for (String name : definition.models()) {
                if (catalog.models().stream().noneMatch(model -> model.name().equals(name))) {
                    report(sidecar(definition), "models: names " + name + ", which is not a model of the project"
                            + " (see: ebpm catalog)");
                }
            }
        }
    }

    private void checkNames(String origin, String sql, Set<String> tables, ModelCatalog catalog) {
        for (String name : SqlNames.read(sql)) {
            if (tables.contains(name)) {
                continue;
            }
            boolean indicatorModel = catalog.models().stream().anyMatch(model -> model.name().equals(name));
            report(origin, "reads " + name + (indicatorModel
                    ? ", an indicator model: its values are read from indicator_value (by indicator_code), in "
                            + "evidence SQL only"
                    : ", which is not a model, seed or lake table of the project (see: ebpm catalog)"));
        }
    }

    /** A staging or intermediate model whose view DuckDB cannot create, unless a model it reads failed first. */
    private void viewFailed(Model model, SQLException e) {
        failedModels.add(model.name());
        if (!readsFailedModel(model.sql()) && !reported.contains(model.origin())) {
            report(model.origin(), "DuckDB cannot create the view " + model.name() + ": " + duckDbMessage(e));
        }
    }

    private void prepareIndicator(Connection connection, ModelCatalog catalog, Model model) {
        String sql = catalog.sql(model, "duckdb");
        if (readsFailedModel(sql) || reported.contains(model.origin())) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            List<String> columns = columns(statement.getMetaData());
            List<String> missing = INDICATOR_COLUMNS.stream().filter(column -> !columns.contains(column)).toList();
            if (!missing.isEmpty()) {
                report(model.origin(), "an indicator model returns the columns " + String.join(", ",
                        INDICATOR_COLUMNS) + " (and target, value_status where it has them), but " + model.name() + " has no "
                        + String.join(", ", missing) + " (it returns " + String.join(", ", columns) + ")");
            }
        } catch (SQLException e) {
            report(model.origin(), "DuckDB cannot prepare " + model.name() + ": " + duckDbMessage(e));
        }
    }

    private void prepareEvidence(Connection connection, ModelCatalog catalog, EvidenceDefinition definition)
            throws SQLException {
        if (readsFailedModel(definition.sql()) || reported.contains(definition.origin())) {
            return;
        }
        // The filters as the query binds them, here all NULL: preparing needs their columns, not their values.
        try (PreparedStatement params = connection.prepareStatement(EvidenceQuery.paramsSql(definition))) {
            for (int i = 1; i <= definition.parameters().size(); i++) {
                params.setObject(i, null);
            }
            params.execute();
        }
        for (EvidenceParameter parameter : definition.parameters()) {
            if (parameter.defaultSql() != null) {
                String origin = sidecar(definition) + ": default_sql of " + parameter.name();
                try (PreparedStatement statement = connection.prepareStatement(parameter.defaultSql())) {
                    statement.getMetaData();
                } catch (SQLException e) {
                    if (!reported.contains(origin)) {
                        report(origin, "DuckDB cannot prepare it: " + duckDbMessage(e));
                    }
                }
            }
        }
        try (PreparedStatement statement = connection.prepareStatement(definition.sql())) {
            List<String> columns = columns(statement.getMetaData());
            List<String> declared = new ArrayList<>(definition.decimals().keySet());
            definition.chart().ifPresent(chart -> declared.addAll(chart.columns()));
            for (String column : new LinkedHashSet<>(declared)) {
                if (!columns.contains(column)) {
                    report(sidecar(definition), "names the column " + column + " (decimals: or chart:), which "
                            + definition.name() + ".sql does not return (it returns " + String.join(", ", columns)
                            + ")");
                }
            }
        } catch (SQLException e) {
            report(definition.origin(), "DuckDB cannot prepare " + definition.name() + ": " + duckDbMessage(e));
        }
    }

    private boolean readsFailedModel(String sql) {
        return SqlNames.read(sql).stream().anyMatch(failedModels::contains);
    }

    /** Where the evidence table's YAML was read: the office's sidecar may lie beside a built-in SQL, or not. */
    private String sidecar(EvidenceDefinition definition) {
        return project.file(EvidenceCatalog.FOLDER + definition.name() + ".yaml").map(ProjectFile::origin)
                .orElse(definition.origin().replaceFirst("\\.sql$", ".yaml"));
    }

    private void report(String origin, String message) {
        reported.add(origin);
        problems.add(origin + ": " + message);
    }

    private static List<String> columns(ResultSetMetaData metaData) throws SQLException {
        List<String> columns = new ArrayList<>();
        for (int i = 1; i <= metaData.getColumnCount(); i++) {
            columns.add(metaData.getColumnLabel(i));
        }
        return columns;
    }

    /**
     * DuckDB's message without the statement it quotes: its first line (the error, with DuckDB's "Did you mean"),
     * the candidates it names, and the line of the SQL it points at.
     */
    static String duckDbMessage(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        List<String> parts = new ArrayList<>();
        for (String line : message.lines().map(String::strip).toList()) {
            if (line.isEmpty()) {
                break;
            }
            parts.add(line);
        }
        Matcher at = DUCKDB_LINE.matcher(message);
        return String.join(" ", parts) + (at.find() ? " (line " + at.group(1) + " of the SQL)" : "");
    }
}
