package ebpm.jobs.nightly;

import ebpm.analytics.indicatordb.IndicatorStore;
import ebpm.analytics.project.Project;
import ebpm.evidence.catalog.EvidenceCatalog;
import ebpm.evidence.catalog.EvidenceDefinition;
import ebpm.evidence.catalog.EvidenceParameter;
import ebpm.evidence.export.EvidenceDocument;
import ebpm.evidence.export.EvidenceExporters;
import ebpm.evidence.export.EvidencePackIndex;
import ebpm.evidence.export.PackEntry;
import ebpm.evidence.query.NoDataYetException;
import ebpm.jobs.CpuThreads;
import ebpm.jobs.WorkFolder;
import ebpm.jobs.evidence.EvidenceWriter;
import ebpm.jobs.evidence.ExportQueue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Writes the nightly evidence pack: every evidence table of the catalog for its default filters (the latest fiscal
 * year), in every format, into {@code evidence/<as-of>/} with an {@code index.html} linking them. A table is left
 * out for two reasons only, each logged and listed in the run summary: it needs a filter the pack cannot choose
 * ({@code required: true}, e.g. {@code indicator}), or the data its default filter is chosen from has not landed
 * yet. Any other error fails the step, naming the table: a broken table is never passed off as "no data".
 */
final class EvidencePackTasklet implements Tasklet {

    static final String PACK = "pack";
    /** The tables left out, one line each: "name: why". */
    static final String SKIPPED = "skippedEvidence";
    private static final Logger log = LoggerFactory.getLogger(EvidencePackTasklet.class);

    private final IndicatorStore indicators;
    /** The work folder the command was given: on a restart, the one given now (see NightlyParameters). */
    private final WorkFolder work;

    EvidencePackTasklet(IndicatorStore indicators, WorkFolder work) {
        this.work = work;
        this.indicators = indicators;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        NightlyParameters parameters = NightlyParameters.of(chunkContext.getStepContext().getJobParameters(), work);
        PackFolder pack = PackFolder.building(parameters.work().evidence(), parameters.asOf().toString());
        Path folder = pack.folder();
        List<PackEntry> entries = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Project project = parameters.loadProject();
        List<EvidenceDefinition> definitions = EvidenceCatalog.load(project).definitions();
        long started = System.nanoTime();
        AtomicInteger written = new AtomicInteger();
        try (ExportQueue queue = new ExportQueue(CpuThreads.perCore(), table ->
                log.info("evidence {}: {} rows, {} files ({} of the pack's tables written, {}s)", table.table(),
                        table.document().table().rowCount(), table.files().size(), written.incrementAndGet(),
                        String.format("%.1f", (System.nanoTime() - started) / 1e9)))) {
            // The formats load their libraries while the session opens and the first table is queried.
            queue.loadAhead(EvidenceExporters.forPack());
            // The notebooks' extracts read the writer's session: the queue is closed (its writes end) before the
            // writer, whatever happens; closing it again at the end changes nothing.
            try (EvidenceWriter writer = new EvidenceWriter(parameters.work(), indicators, project);
                 ExportQueue writesEndFirst = queue) {
                queueTables(writer, queue, definitions, folder, skipped);
                for (ExportQueue.Written table : queue.finish()) {
                    entries.add(PackEntry.of(table.document(), folder, table.files()));
                    contribution.incrementWriteCount(table.files().size());
                }
            }
        }
        EvidencePackIndex.write(folder, "エビデンス・パック " + parameters.asOf(), entries);
        Path index = pack.publish().resolve(EvidencePackIndex.FILE_NAME);
        log.info("evidence pack: {} tables in {}{}", entries.size(), index,
                skipped.isEmpty() ? "" : ", " + skipped.size() + " skipped");
        contribution.getStepExecution().getExecutionContext().putString(PACK, index.toString());
        contribution.getStepExecution().getExecutionContext().put(SKIPPED, new ArrayList<>(skipped));
        return RepeatStatus.FINISHED;
    }

    /** Queries each table the pack holds and gives it to the queue; tables it cannot build go to {@code skipped}. */
    private static void queueTables(EvidenceWriter writer, ExportQueue queue, List<EvidenceDefinition> definitions,
                                    Path folder, List<String> skipped) throws java.io.IOException {
        int position = 0;
        for (EvidenceDefinition definition : definitions) {
            position++;
            Optional<String> skip = needsFilters(definition);
            if (skip.isPresent()) {
                skipped.add(definition.name() + ": " + skip.get());
                log.info("evidence {}/{} {} skipped: {}", position, definitions.size(), definition.name(),
                        skip.get());
                continue;
            }
            EvidenceDocument document;
            try {
                document = writer.build(definition, Map.of());
            } catch (NoDataYetException noData) {
                skipped.add(definition.name() + ": " + noData.getMessage());
                log.warn("evidence {}/{} {} skipped: {}", position, definitions.size(), definition.name(),
                        noData.getMessage());
                continue;
            } catch (Exception e) {
                throw new IllegalStateException("evidence table " + definition.name() + " (" + definition.origin()
                        + ") failed: " + e.getMessage(), e);
            }
            // The formats are written on the queue's threads while the next table is queried.
            queue.add(definition.name(), document, EvidenceExporters.forPack(), folder);
        }
    }

    /** Why the pack cannot build a table for its defaults alone, if it cannot. */
    static Optional<String> needsFilters(EvidenceDefinition definition) {
        List<EvidenceParameter> required = definition.requiredParameters();
        if (required.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("needs " + String.join(" and ", required.stream()
                .map(parameter -> "--" + parameter.name() + " (" + parameter.label() + ")").toList())
                + "; ask for it with ebpm evidence " + definition.name());
    }
}
