package ebpm.jobs.observations;

import ebpm.analytics.lake.LakeTable;
import ebpm.analytics.lake.LakeTables;
import ebpm.jobs.landing.HeaderIndex;
import ebpm.analytics.catalog.ModelCatalog;
import ebpm.analytics.project.Project;
import ebpm.analytics.project.ProjectFile;
import ebpm.jobs.landing.LandingSource;
import ebpm.jobs.landing.PlausibleYears;
import ebpm.jobs.reference.Municipalities;
import ebpm.jobs.landing.RowMapper;
import java.nio.file.Path;
import java.util.List;

/**
 * Published observations of any indicator in long format, in {@code landing/observations/}: one value per row with
 * its indicator, area, breakdown and period, as published (e.g. {@code 81.6%}); or the prefecture's visitor
 * statistics in their own columns ({@code calendar_year,visitors_as_published,status,source}).
 */
public final class ObservationSource implements LandingSource {

    static final String INDICATOR = "指標コード";
    static final String AREA = "地域コード";
    static final String BREAKDOWN = "区分";
    static final String PERIOD_TYPE = "期間種別";
    static final String PERIOD = "期間";
    static final String VALUE = "公表値";
    static final String STATUS = "状態";
    static final String PUBLISHED_IN = "出典";

    static final List<String> REQUIRED_COLUMNS =
            List.of(INDICATOR, AREA, BREAKDOWN, PERIOD_TYPE, PERIOD, VALUE, STATUS, PUBLISHED_IN);

    private final Project project;
    private final PlausibleYears years;
    private final Municipalities municipalities;
    private final ObservedIndicators observed;

    public ObservationSource(Project project, PlausibleYears years) {
        this.project = project;
        this.years = years;
        this.municipalities = Municipalities.of(project);
        this.observed = ObservedIndicators.of(ModelCatalog.load(project));
    }

    @Override
    public String name() {
        return "observations";
    }

    /** The areas rows are checked against, the years they may state and the models that read their codes. */
    @Override
    public String rulesFingerprint() {
        return project.fingerprint(project.files().stream().map(ProjectFile::path)
                .filter(path -> path.startsWith("models/") || path.startsWith("seeds/municipalities")
                        || path.startsWith("seeds/designated_city_wards") || path.equals("ebpm_project.yml"))
                .toList()) + " years " + years;
    }


    @Override
    public LakeTable lakeTable() {
        return LakeTables.OBSERVATIONS;
    }

    /** The long format, or the visitor statistics in their own columns (told apart by the header). */
    @Override
    public RowMapper newMapper(Path file, List<String> header) {
        if (header.contains(VisitorStatisticsRowMapper.VISITORS)) {
            return new VisitorStatisticsRowMapper(
                    HeaderIndex.of(file, header, VisitorStatisticsRowMapper.REQUIRED_COLUMNS), years);
        }
        return new ObservationRowMapper(HeaderIndex.of(file, header, REQUIRED_COLUMNS), years, municipalities,
                observed);
    }
}
