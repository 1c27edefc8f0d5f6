package ebpm.jobs.cli;

import ebpm.analytics.catalog.IndicatorDefinition;
import ebpm.analytics.catalog.Model;
import ebpm.analytics.catalog.ModelCatalog;
import ebpm.analytics.lake.LakeColumn;
import ebpm.analytics.project.Project;
import ebpm.analytics.project.ReferenceTable;
import ebpm.evidence.catalog.EvidenceCatalog;
import ebpm.evidence.catalog.EvidenceDefinition;
import ebpm.evidence.catalog.EvidenceParameter;
import ebpm.evidence.chart.ChartSpec;
import ebpm.evidence.export.EvidenceExporters;
import ebpm.jobs.WorkFolder;
import ebpm.jobs.project.ProjectCheck;
import ebpm.jobs.project.ProjectProblems;
import ebpm.analytics.plan.IndicatorKind;
import ebpm.analytics.plan.Plan;
import ebpm.jobs.measures.MeasureSheetSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ebpm catalog}: the evidence tables and indicators, read from their definitions (nothing listed by hand);
 * with {@code --check}, whether the project's definitions and SQL hold together, without running anything.
 */
@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = {"List the evidence tables, the indicators and the reference tables: description, grain, "
                + "filters, formats and the file each comes from.",
                "With --check, check the project instead: every YAML, the names each SQL reads, and every SQL "
                        + "prepared on DuckDB against the lake's tables (exit code 2 when anything is wrong)."})
final class CatalogCommand implements Callable<Integer> {

    private static final String INDENT = "      ";

    @Mixin
    ProjectOption project;

    @Option(names = "--check", description = "check the project without running the night; lists every problem")
    boolean check;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "ebpm-data",
            description = "with --check: prepare the SQL against the lake of this work folder where it has one, "
                    + "else against empty lake tables (default: ${DEFAULT-VALUE})")
    Path work;

    @Override
    public Integer call() throws SQLException {
        Project rules = project.project();
        System.out.println("Project: " + rules.description());
        if (check) {
            return check(rules);
        }
        list(rules);
        return 0;
    }

    private int check(Project rules) throws SQLException {
        Path lake = new WorkFolder(work).lake();
        System.out.println("Lake:    " + (Files.isDirectory(lake) ? lake.toAbsolutePath().normalize()
                : "none yet at " + lake.toAbsolutePath().normalize() + ": the SQL is prepared against empty tables"));
        ProjectProblems problems = ProjectCheck.check(rules, lake);
        if (problems.none()) {
            System.out.println("OK: every definition reads, every name resolves, every SQL prepares on DuckDB.");
            return 0;
        }
        System.err.println("ebpm: " + problems.describe());
        return EbpmCommand.USAGE;
    }

    private void list(Project rules) {
        System.out.println();
        String formats = String.join(", ", EvidenceExporters.formats());
        System.out.println("Evidence tables (ebpm evidence NAME [filters] --format " + formats + ")");
        for (EvidenceDefinition definition : EvidenceCatalog.load(rules).definitions()) {
            System.out.println();
            System.out.println("  " + definition.name() + "  " + definition.title());
            System.out.println(INDENT + definition.description());
            System.out.println(INDENT + "grain:   " + definition.grain());
            System.out.println(INDENT + "filters: " + filters(definition));
            System.out.println(INDENT + "formats: " + formats + chart(definition));
            System.out.println(INDENT + "models:  " + (definition.models().isEmpty() ? "none listed"
                    : String.join(", ", definition.models())));
            System.out.println(INDENT + "from:    " + definition.origin());
        }
        System.out.println();
        System.out.println("Indicators (indicator database table indicator_value; any one as a table: "
                + "ebpm evidence indicator --indicator CODE)");
        ModelCatalog models = ModelCatalog.load(rules);
        for (Model model : models.indicators()) {
            IndicatorDefinition indicator = model.indicator().orElseThrow();
            System.out.println();
            System.out.println("  " + indicator.code() + "  " + indicator.nameJa() + " [" + indicator.unit() + ", "
                    + indicator.periodType() + (indicator.higherIsBetter() ? ", higher is better" : "") + "]");
            System.out.println(INDENT + model.description().replaceAll("\\s+", " "));
            System.out.println(INDENT + "grain:   " + model.grain());
            System.out.println(INDENT + "model:   " + model.name());
            System.out.println(INDENT + "from:    " + model.origin());
        }
        System.out.println();
        System.out.println("Plans (plans/<id>.yml: a measure sheet belongs to the plan whose years hold its fiscal year;"
                + " --plan ID of the tables by plan)");
        for (Plan plan : rules.plans().all()) {
            System.out.println();
            System.out.println("  " + plan.id() + "  " + plan.name() + " [FY" + plan.firstYear() + "–FY"
                    + plan.lastYear() + plan.previous().map(previous -> ", after " + previous).orElse("") + "]");
            System.out.println(INDENT + "levels:  " + plan.levels().stream().map(level -> level.name()
                    + (level.open() ? " (any text)" : " (" + level.values().size() + ")"))
                    .collect(Collectors.joining(" › ")));
            System.out.println(INDENT + "kinds:   " + plan.indicatorKinds().stream().map(IndicatorKind::name)
                    .collect(Collectors.joining(", ")) + "; legend: " + plan.legend().stream()
                    .map(symbol -> symbol.symbol() + " " + symbol.meaning()).collect(Collectors.joining(", ")));
            System.out.println(INDENT + "sheet:   " + String.join(",", MeasureSheetSource.columns(plan)));
            System.out.println(INDENT + "from:    " + plan.origin());
        }
        System.out.println();
        System.out.println("Reference tables (seeds and settings the models join)");
        for (ReferenceTable table : models.referenceTables().values()) {
            System.out.println();
            System.out.println("  " + table.name() + "  " + table.rows().size() + (table.rows().size() == 1 ? " row: " : " rows: ") + String.join(", ",
                    table.columns().stream().map(LakeColumn::name).toList()));
            if (!table.description().isEmpty()) {
                System.out.println(INDENT + table.description().replaceAll("\\s+", " "));
            }
            System.out.println(INDENT + "from:    " + table.origin());
        }
    }

    private static String filters(EvidenceDefinition definition) {
        if (definition.parameters().isEmpty()) {
            return "none";
        }
        return definition.parameters().stream().map(CatalogCommand::filter).collect(Collectors.joining(", "));
    }

    private static String filter(EvidenceParameter parameter) {
        return "--" + parameter.name() + " (" + parameter.label() + ", " + parameter.type() + ", "
                + (parameter.required() ? "required"
                        : parameter.optional() ? "optional: all when left out"
                        : "default: " + parameter.defaultSql().strip()) + ")";
    }

    private static String chart(EvidenceDefinition definition) {
        return definition.chart().map(CatalogCommand::chart).orElse("");
    }

    private static String chart(ChartSpec spec) {
        return "; chart: " + spec.type().yamlName() + " of " + String.join(", ", spec.y()) + " by "
                + String.join(" ", spec.x()) + spec.series().map(series -> " per " + series).orElse("");
    }
}
