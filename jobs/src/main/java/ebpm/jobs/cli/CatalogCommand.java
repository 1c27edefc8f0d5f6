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
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code ebpm catalog}: the evidence tables and indicators, read from their definitions (nothing listed by hand). */
@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = "List the evidence tables and the indicators: description, grain, filters and formats.")
final class CatalogCommand implements Runnable {

    private static final String INDENT = "      ";

    @Mixin
    ProjectOption project;

    @Override
    public void run() {
        Project rules = project.project();
        System.out.println("Project: " + rules.description());
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
            System.out.println(INDENT + "models:  " + String.join(", ", definition.models()));
            System.out.println(INDENT + "from:    " + definition.origin());
        }
        System.out.println();
        System.out.println("Indicators (indicator database table indicator_value)");
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
        System.out.println("Reference tables (seeds and settings the models join)");
        for (ReferenceTable table : models.referenceTables().values()) {
            System.out.println();
            System.out.println("  " + table.name() + "  " + table.rows().size() + " rows: " + String.join(", ",
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
                + (parameter.optional() ? "optional: all when left out" : "default: from the data, e.g. the latest year") + ")";
    }

    private static String chart(EvidenceDefinition definition) {
        return definition.chart().map(CatalogCommand::chart).orElse("");
    }

    private static String chart(ChartSpec spec) {
        return "; chart: " + spec.type().yamlName() + " of " + String.join(", ", spec.y()) + " by "
                + String.join(" ", spec.x()) + spec.series().map(series -> " per " + series).orElse("");
    }
}
