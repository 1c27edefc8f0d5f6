package ebpm.jobs.tourism;

import ebpm.analytics.lake.LakeTable;
import ebpm.analytics.lake.LakeTables;
import ebpm.analytics.project.Project;
import ebpm.jobs.landing.HeaderIndex;
import ebpm.jobs.landing.LandingFileException;
import ebpm.jobs.landing.LandingSource;
import ebpm.jobs.landing.PlausibleYears;
import ebpm.jobs.landing.RowMapper;
import ebpm.jobs.landing.TabularOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Page-view exports of the tourism web sites from Google Analytics 4, in {@code landing/tourism-pv/<site-id>/}:
 * one folder per site, files as GA4 writes them ({@code #} comment lines, Japanese or English headers, an optional
 * totals row). The folder names the site; a folder that {@code seeds/tourism_sites.csv} does not list still lands,
 * with a note, and its pages count under その他 until the seed lists the site and its sections.
 */
public final class PageViewSource implements LandingSource {

    static final String NAME = "tourism-pv";
    static final String SITES_SEED = "seed_tourism_sites";
    static final String SITES_FILE = "seeds/tourism_sites.csv";
    private static final List<String> RULES = List.of(SITES_FILE, "seeds/tourism_sites.yaml");

    private final Project project;
    private final Set<String> knownSites;
    private final PlausibleYears years;

    public PageViewSource(Project project, PlausibleYears years) {
        this.project = project;
        this.years = years;
        this.knownSites = project.referenceTable(SITES_SEED).column("site_id").stream().map(Object::toString)
                .collect(Collectors.toSet());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public LakeTable lakeTable() {
        return LakeTables.PAGE_VIEWS;
    }

    @Override
    public TabularOptions options() {
        return TabularOptions.skippingCommentsStartingWith("#");
    }

    @Override
    public String rulesFingerprint() {
        return project.fingerprint(RULES) + " years " + years;
    }

    @Override
    public RowMapper newMapper(Path file, List<String> header) {
        String siteId = siteId(file);
        if (siteId.isEmpty()) {
            throw new LandingFileException(file, "lies outside a site folder; put it in " + NAME
                    + "/<site-id>/ for its site (" + String.join(", ", knownSites.stream().sorted().toList()) + ")");
        }
        List<String> notes = knownSites.contains(siteId) ? List.of()
                : List.of("site '" + siteId + "' is not in " + SITES_FILE + ": its pages are counted under その他 "
                        + "until the site and its sections are added there");
        return new PageViewRowMapper(siteId, HeaderIndex.of(file, Ga4Columns.canonical(file, header),
                Ga4Columns.REQUIRED), years, notes);
    }
    /** The folder right below {@code tourism-pv/}, which names the site. */
    private static String siteId(Path file) {
        for (Path folder = file.toAbsolutePath().getParent(); folder != null && folder.getParent() != null;
             folder = folder.getParent()) {
            Path above = folder.getParent().getFileName();
            if (above != null && above.toString().equals(NAME)) {
                return folder.getFileName().toString();
            }
        }
        return "";
    }
}
