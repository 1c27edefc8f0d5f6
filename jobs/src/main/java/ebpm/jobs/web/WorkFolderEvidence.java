package ebpm.jobs.web;

import ebpm.analytics.catalog.Model;
import ebpm.analytics.catalog.ModelCatalog;
import ebpm.analytics.indicatordb.IndicatorStore;
import ebpm.analytics.project.Project;
import ebpm.analytics.project.ReferenceTable;
import ebpm.analytics.project.Seeds;
import ebpm.evidence.catalog.EvidenceCatalog;
import ebpm.evidence.catalog.EvidenceDefinition;
import ebpm.evidence.export.EvidenceDocument;
import ebpm.jobs.WorkFolder;
import ebpm.jobs.evidence.EvidenceWriter;
import ebpm.jobs.reference.Municipalities;
import ebpm.web.evidence.EvidenceSource;
import ebpm.web.evidence.FilterChoices;
import ebpm.web.evidence.FilterChoices.Choice;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The evidence of one work folder for the web app, built by the {@link EvidenceWriter} that {@code ebpm evidence}
 * uses. One writer is kept open (opening copies the figures, which takes a second) and used by one request at a time
 * (its DuckDB session is one connection); when a night publishes new figures it is opened again.
 */
public final class WorkFolderEvidence implements EvidenceSource, AutoCloseable {

    /** On PostgreSQL, where no file tells that a night published, the figures are read again after this long. */
    private static final long RECHECK_MILLIS = 60_000;

    private final WorkFolder work;
    private final IndicatorStore indicators;
    private final Project project;
    private final EvidenceCatalog catalog;
    private EvidenceWriter writer;
    private String writerVersion;
    private FilterChoices choices;

    public WorkFolderEvidence(WorkFolder work, IndicatorStore indicators, Project project) {
        this.work = work;
        this.indicators = indicators;
        this.project = project;
        this.catalog = EvidenceCatalog.load(project);
    }

    @Override
    public EvidenceCatalog catalog() {
        return catalog;
    }

    @Override
    public synchronized FilterChoices choices() throws SQLException, IOException {
        current();
        return choices;
    }

    @Override
    public synchronized EvidenceDocument build(EvidenceDefinition definition, Map<String, String> filters)
            throws SQLException, IOException {
        return current().build(definition, filters);
    }

    /** The published DuckDB file as it is now (a night replaces it by a rename), or a minute on PostgreSQL. */
    @Override
    public String version() throws IOException {
        if (indicators.publication().isEmpty()) {
            return "minute " + System.currentTimeMillis() / RECHECK_MILLIS;
        }
        Path published = indicators.publication().get().published();
        if (!Files.exists(published)) {
            return "none";
        }
        BasicFileAttributes attributes = Files.readAttributes(published, BasicFileAttributes.class);
        return attributes.fileKey() + " " + attributes.lastModifiedTime() + " " + attributes.size();
    }

    private EvidenceWriter current() throws SQLException, IOException {
        String version = version();
        if (writer == null || !version.equals(writerVersion)) {
            close();
            writer = new EvidenceWriter(work, indicators, project);
            writerVersion = version;
            choices = new FilterChoices(writer.fiscalYearsWithValues(), municipalities(), sites(), indicatorChoices(),
                    project.plans().all().stream().map(plan -> new Choice(plan.id(), plan.name())).toList());
        }
        return writer;
    }

    @Override
    public synchronized IndicatorSlices slicesOf(String indicatorCode) throws SQLException, IOException {
        Map<String, String> names = new HashMap<>();
        names.put(project.settings().prefectureCode(), project.settings().prefectureName());
        municipalities().forEach(municipality -> names.put(municipality.value(), municipality.label()));
        Set<String> areas = new LinkedHashSet<>();
        Set<String> breakdowns = new TreeSet<>();
        for (List<String> slice : current().areasAndBreakdownsOf(indicatorCode)) {
            areas.add(slice.get(0));
            breakdowns.add(slice.get(1));
        }
        String prefecture = project.settings().prefectureCode();
        List<Choice> areaChoices = areas.stream()
                .sorted(Comparator.comparing((String area) -> !area.equals(prefecture))
                        .thenComparing(Comparator.naturalOrder()))
                .map(area -> new Choice(area, names.getOrDefault(area, area))).toList();
        return new IndicatorSlices(areaChoices, List.copyOf(breakdowns));
    }

    @Override
    public List<Choice> municipalities() {
        return Municipalities.of(project).all().stream()
                .map(municipality -> new Choice(municipality.code(), municipality.name())).toList();
    }

    private List<Choice> sites() {
        ReferenceTable sites = Seeds.load(project).get(Seeds.VIEW_PREFIX + "tourism_sites");
        List<Choice> choices = new ArrayList<>();
        if (sites != null) {
            List<Object> ids = sites.column("site_id");
            List<Object> names = sites.column("name");
            for (int i = 0; i < ids.size(); i++) {
                choices.add(new Choice(String.valueOf(ids.get(i)), String.valueOf(names.get(i))));
            }
        }
        return choices;
    }

    private List<Choice> indicatorChoices() {
        return ModelCatalog.load(project).indicators().stream()
                .map(Model::indicator).flatMap(Optional::stream)
                .map(indicator -> new Choice(indicator.code(), indicator.nameJa()))
                .sorted(Comparator.comparing(Choice::value)).toList();
    }

    @Override
    public synchronized void close() throws SQLException {
        if (writer != null) {
            writer.close();
            writer = null;
        }
    }
}
