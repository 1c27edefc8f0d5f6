package ebpm.jobs.cli;

import ebpm.analytics.catalog.IndicatorDefinition;
import ebpm.analytics.catalog.Model;
import ebpm.analytics.catalog.ModelCatalog;
import ebpm.evidence.catalog.EvidenceCatalog;
import ebpm.evidence.catalog.EvidenceDefinition;
import ebpm.evidence.catalog.EvidenceParameter;
import ebpm.evidence.chart.ChartSpec;
import ebpm.evidence.export.EvidenceExporters;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;

/** {@code ebpm catalog}: the evidence tables and indicators, read from their definitions (nothing listed by hand). */
@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = "List the evidence tables and the indicators: description, grain, filters and formats.")
final class CatalogCommand implements Runnable {

    private static final String INDENT = "      ";

    @Override
    public void run() {
        String formats = String.join(", ", EvidenceExporters.formats());
        System.out.println("Evidence tables (ebpm evidence NAME [filters] --format " + formats + ")");
        for (EvidenceDefinition definition : EvidenceCatalog.load().definitions()) {
            System.out.println();
            System.out.println("  " + definition.name() + "  " + definition.title());
            System.out.println(INDENT + definition.description());
            System.out.println(INDENT + "grain:   " + definition.grain());
            System.out.println(INDENT + "filters: " + filters(definition));
            System.out.println(INDENT + "formats: " + formats + chart(definition));
            System.out.println(INDENT + "models:  " + String.join(", ", definition.models()));
        }
        System.out.println();
        System.out.println("Indicators (indicator database table indicator_value)");
        for (Model model : ModelCatalog.load().indicators()) {
            IndicatorDefinition indicator = model.indicator().orElseThrow();
            System.out.println();
            System.out.println("  " + indicator.code() + "  " + indicator.nameJa() + " [" + indicator.unit() + ", "
                    + indicator.periodType() + (indicator.higherIsBetter() ? ", higher is better" : "") + "]");
            System.out.println(INDENT + model.description().replaceAll("\\s+", " "));
            System.out.println(INDENT + "grain:   " + model.grain());
            System.out.println(INDENT + "model:   " + model.name());
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
