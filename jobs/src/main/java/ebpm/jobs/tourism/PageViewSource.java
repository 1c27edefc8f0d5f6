package ebpm.jobs.tourism;

import ebpm.analytics.lake.LakeTable;
import ebpm.analytics.lake.LakeTables;
import ebpm.analytics.project.Project;
import ebpm.analytics.project.ReferenceTable;
import ebpm.jobs.landing.HeaderIndex;
import ebpm.jobs.landing.LandingFileException;
import ebpm.jobs.landing.LandingSource;
import ebpm.jobs.landing.PlausibleYears;
import ebpm.jobs.landing.RowMapper;
import ebpm.jobs.landing.TabularOptions;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    private static final Pattern PROPERTY_LINE = Pattern.compile("(?:Property|プロパティ)\\s*[:：](.+)");
    static final String SITES_SEED = "seed_tourism_sites";
    static final String SITES_FILE = "seeds/tourism_sites.csv";
    private static final List<String> RULES = List.of(SITES_FILE, "seeds/tourism_sites.yaml");

    private final Project project;
    private final Set<String> knownSites;
    /** Site id by the GA4 property its exports name, from the seed. */
    private final Map<String, String> siteOfProperty = new HashMap<>();
    private final PlausibleYears years;

    public PageViewSource(Project project, PlausibleYears years) {
        this.project = project;
        this.years = years;
        ReferenceTable sites = project.referenceTable(SITES_SEED);
        this.knownSites = sites.column("site_id").stream().map(Object::toString).collect(Collectors.toSet());
        for (List<Object> site : sites.rows()) {
            Object property = site.get(sites.indexOf("ga4_property"));
            if (property != null) {
                siteOfProperty.put(property.toString(), site.get(sites.indexOf("site_id")).toString());
            }
        }
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

    /**
     * An export dropped into another site's folder would be counted as that site: the GA4 property its header names
     * must be the folder's site's, when the seed gives one, and may not be another site's.
     */
    @Override
    public void checkPreamble(Path file, List<String> preamble) {
        Optional<String> property = property(preamble);
        String siteId = siteId(file);
        if (property.isEmpty() || siteId.isEmpty()) {
            return;
        }
        String owner = siteOfProperty.get(property.get());
        Optional<String> own = siteOfProperty.entrySet().stream().filter(e -> e.getValue().equals(siteId))
                .map(Map.Entry::getKey).findFirst();
        if (owner != null && !owner.equals(siteId)) {
            throw new LandingFileException(file, "its header names the GA4 property '" + property.get() + "', which is "
                    + "site '" + owner + "' in " + SITES_FILE + ", but it lies in " + NAME + "/" + siteId + "/; move it to "
                    + NAME + "/" + owner + "/");
        }
        if (owner == null && own.isPresent()) {
            throw new LandingFileException(file, "its header names the GA4 property '" + property.get() + "', but the "
                    + "exports of site '" + siteId + "' name '" + own.get() + "' (" + SITES_FILE + "); move it to the "
                    + "folder of its site, or correct ga4_property in the seed if the property was renamed");
        }
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
    /**
     * The property a GA4 export names above its header: a {@code Property: X} (プロパティ: X) line, or else, as older
     * exports write it, the first line that is neither a rule of dashes nor a {@code key: value} line (dates, report).
     */
    static Optional<String> property(List<String> preamble) {
        for (String line : preamble) {
            Matcher labelled = PROPERTY_LINE.matcher(line);
            if (labelled.matches()) {
                return Optional.of(labelled.group(1).strip());
            }
        }
        return preamble.stream()
                .filter(line -> !line.isEmpty() && !line.matches("-+") && !line.contains(":") && !line.contains("："))
                .findFirst();
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
