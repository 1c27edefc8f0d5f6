package ebpm.jobs.cli;

import ebpm.analytics.catalog.Model;
import ebpm.analytics.catalog.ModelCatalog;
import ebpm.evidence.catalog.EvidenceCatalog;
import ebpm.evidence.catalog.EvidenceDefinition;
import ebpm.evidence.export.EvidenceExporters;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;

/** {@code ebpm catalog}: the evidence tables and indicators, read from their definitions. */
@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = "List the evidence tables and the indicators with a one-line description each.")
final class CatalogCommand implements Runnable {

    @Override
    public void run() {
        System.out.println("Evidence tables (ebpm evidence NAME; formats: "
                + String.join(", ", EvidenceExporters.formats()) + ")");
        for (EvidenceDefinition definition : EvidenceCatalog.load().definitions()) {
            String filters = definition.parameters().stream()
                    .map(p -> "--" + p.name() + " (" + p.label() + ")").collect(Collectors.joining(" "));
            System.out.printf("  %-24s %s%n  %-24s grain: %s; filters: %s%n", definition.name(), definition.title(),
                    "", definition.grain(), filters.isEmpty() ? "none" : filters);
        }
        System.out.println();
        System.out.println("Indicators (indicator database table indicator_value)");
        for (Model model : ModelCatalog.load().indicators()) {
            var indicator = model.indicator().orElseThrow();
            System.out.printf("  %-26s %s [%s, %s]%n  %-26s grain: %s%n", indicator.code(), indicator.nameJa(),
                    indicator.unit(), indicator.periodType(), "", model.grain());
        }
    }

}
