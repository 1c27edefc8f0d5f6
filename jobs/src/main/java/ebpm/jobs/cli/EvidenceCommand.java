package ebpm.jobs.cli;

import ebpm.evidence.catalog.EvidenceCatalog;
import ebpm.evidence.catalog.EvidenceDefinition;
import ebpm.evidence.export.EvidenceDocument;
import ebpm.evidence.export.EvidenceExporters;
import ebpm.jobs.evidence.EvidenceWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ebpm evidence NAME}: one evidence table on demand, from the last nightly run's indicator database. */
@Command(name = "evidence", mixinStandardHelpOptions = true,
        description = "Write one evidence table (see 'ebpm catalog' for the names) as CSV and/or HTML.")
final class EvidenceCommand implements Callable<Integer> {

    @Parameters(paramLabel = "NAME", description = "evidence table, e.g. achievement-by-pillar")
    String name;

    @Mixin
    WorkOption work;

    @Option(names = "--fy", paramLabel = "YYYY", description = "fiscal year, e.g. 2020 or 令和2年度 (default: the latest)")
    String fiscalYear;

    @Option(names = "--format", paramLabel = "LIST", defaultValue = "csv,html",
            description = "comma-separated formats: csv, html (default: ${DEFAULT-VALUE})")
    String formats;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: <work>/evidence/requests)")
    Path out;

    @Override
    public Integer call() throws Exception {
        EvidenceDefinition definition = EvidenceCatalog.load().definition(name);
        Map<String, String> filters = new LinkedHashMap<>();
        if (fiscalYear != null) {
            filters.put("fy", fiscalYear);
        }
        Path folder = out != null ? out : work.folder().evidence().resolve("requests");
        try (EvidenceWriter writer = new EvidenceWriter(work.folder())) {
            EvidenceDocument document = writer.build(definition, filters);
            for (Path file : writer.write(document, EvidenceExporters.parse(formats), folder)) {
                System.out.println(file);
            }
        }
        return 0;
    }
}
