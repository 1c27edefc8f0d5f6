package ebpm.jobs.cli;

import ebpm.analytics.project.Project;
import ebpm.evidence.catalog.EvidenceCatalog;
import ebpm.evidence.catalog.EvidenceDefinition;
import ebpm.evidence.export.EvidenceDocument;
import ebpm.evidence.export.EvidenceExporter;
import ebpm.evidence.export.EvidenceExporters;
import ebpm.jobs.evidence.EvidenceWriter;
import ebpm.jobs.reference.Municipalities;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ebpm evidence NAME}: one evidence table on demand, from the last nightly run's indicator database. */
@Command(name = "evidence", mixinStandardHelpOptions = true,
        description = "Write one evidence table (see 'ebpm catalog' for the names) as CSV, Excel, HTML and/or a notebook.")
final class EvidenceCommand implements Callable<Integer> {

    @Parameters(paramLabel = "NAME", description = "evidence table, e.g. achievement-by-pillar")
    String name;

    @Mixin
    WorkOption work;

    @Mixin
    ProjectOption project;

    @Option(names = "--fy", paramLabel = "YYYY", description = "fiscal year, e.g. 2020 or 令和2年度 (default: the latest)")
    String fiscalYear;

    @Option(names = "--from", paramLabel = "YYYY", description = "first calendar year, for tables by calendar year")
    String from;

    @Option(names = "--to", paramLabel = "YYYY", description = "last calendar year, for tables by calendar year")
    String to;

    @Option(names = "--municipality", paramLabel = "CODE", description = "municipality code, e.g. 141003")
    String municipality;

    @Option(names = "--site", paramLabel = "ID", description = "web site id, e.g. kanagawa-now")
    String site;

    @Option(names = "--indicator", paramLabel = "CODE",
            description = "indicator code, for the table indicator, e.g. tourism_visitors (see 'ebpm catalog')")
    String indicator;

    @Option(names = "--area", paramLabel = "CODE",
            description = "area code, 6 digits, e.g. 140007 (the prefecture) or 141003, for the table indicator")
    String area;

    @Option(names = "--breakdown", paramLabel = "TEXT",
            description = "breakdown (内訳), e.g. 全体, for the table indicator")
    String breakdown;

    @Option(names = "--plan", paramLabel = "ID",
            description = "plan id, for the tables by plan, e.g. dx-2024 or ict-2019 (see 'ebpm catalog')")
    String plan;

    @Option(names = "--format", paramLabel = "LIST", defaultValue = "csv,html",
            description = "comma-separated formats: csv, xlsx, html, ipynb (default: ${DEFAULT-VALUE})")
    String formats;

    @Option(names = "--encoding", paramLabel = "NAME", defaultValue = "utf-8",
            description = "CSV encoding: utf-8 (with BOM), utf-16 (tab-separated, opens in LibreOffice and Excel alike) or cp932 (default: ${DEFAULT-VALUE})")
    String encoding;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: <work>/evidence/requests)")
    Path out;

    @Override
    public Integer call() throws Exception {
        Project rules = project.project();
        EvidenceDefinition definition = EvidenceCatalog.load(rules).definition(name);
        List<EvidenceExporter> exporters = EvidenceExporters.parse(formats, encoding);
        Map<String, String> filters = new LinkedHashMap<>();
        putGiven(filters, "fy", fiscalYear);
        putGiven(filters, "from", from);
        putGiven(filters, "to", to);
        putGiven(filters, "municipality", municipality);
        if (municipality != null) {
            Municipalities.of(rules).problem(municipality.strip()).ifPresent(problem -> {
                throw new IllegalArgumentException("--municipality " + problem);
            });
        }
        putGiven(filters, "site", site);
        putGiven(filters, "indicator", indicator);
        putGiven(filters, "area", area);
        putGiven(filters, "breakdown", breakdown);
        putGiven(filters, "plan", plan);
        Path folder = out != null ? out : work.folder().evidence().resolve("requests");
        try (EvidenceWriter writer = new EvidenceWriter(work.folder(), work.indicators(), rules)) {
            EvidenceDocument document = writer.build(definition, filters);
            for (Path file : writer.write(document, exporters, folder)) {
                System.out.println(file);
            }
        }
        return 0;
    }

    /** Filters are passed by the option's name; a table that does not declare one refuses it by that name. */
    private static void putGiven(Map<String, String> filters, String name, String value) {
        if (value != null) {
            filters.put(name, value);
        }
    }
}
