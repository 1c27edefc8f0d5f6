package ebpm.jobs.nightly;

import ebpm.analytics.indicatordb.IndicatorStore;
import ebpm.analytics.project.Project;
import ebpm.evidence.catalog.EvidenceCatalog;
import ebpm.evidence.catalog.EvidenceDefinition;
import ebpm.evidence.export.EvidenceDocument;
import ebpm.evidence.export.EvidenceExporters;
import ebpm.evidence.export.EvidencePackIndex;
import ebpm.evidence.export.PackEntry;
import ebpm.jobs.evidence.EvidenceWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Writes the nightly evidence pack: every evidence table of the catalog for its default filters (the latest fiscal
 * year), in every format, into {@code evidence/<as-of>/} with an {@code index.html} linking them.
 */
final class EvidencePackTasklet implements Tasklet {

    static final String PACK = "pack";
    private static final Logger log = LoggerFactory.getLogger(EvidencePackTasklet.class);

    private final IndicatorStore indicators;

    EvidencePackTasklet(IndicatorStore indicators) {
        this.indicators = indicators;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        NightlyParameters parameters = NightlyParameters.of(chunkContext.getStepContext().getJobParameters());
        Path folder = parameters.work().evidence().resolve(parameters.asOf().toString());
        Files.createDirectories(folder);
        List<PackEntry> entries = new ArrayList<>();
        Project project = parameters.loadProject();
        try (EvidenceWriter writer = new EvidenceWriter(parameters.work(), indicators, project)) {
            List<EvidenceDefinition> definitions = EvidenceCatalog.load(project).definitions();
            int position = 0;
            for (EvidenceDefinition definition : definitions) {
                position++;
                long started = System.nanoTime();
                EvidenceDocument document;
                try {
                    document = writer.build(definition, Map.of());
                } catch (IllegalArgumentException noData) {
                    log.warn("evidence {}/{} {} skipped: {}", position, definitions.size(), definition.name(),
                            noData.getMessage());
                    continue;
                }
                List<Path> files = writer.write(document, EvidenceExporters.all(), folder);
                entries.add(PackEntry.of(document, folder, files));
                contribution.incrementWriteCount(files.size());
                log.info("evidence {}/{} {}: {} rows, {} files ({}s)", position, definitions.size(),
                        definition.name(), document.table().rowCount(), files.size(),
                        String.format("%.1f", (System.nanoTime() - started) / 1e9));
            }
        }
        Path index = EvidencePackIndex.write(folder, "エビデンス・パック " + parameters.asOf(), entries);
        log.info("evidence pack: {} tables in {}", entries.size(), index);
        contribution.getStepExecution().getExecutionContext().putString(PACK, index.toString());
        return RepeatStatus.FINISHED;
    }
}
