package ebpm.jobs.tourism;

import ebpm.analytics.lake.LakeTable;
import ebpm.analytics.lake.LakeTables;
import ebpm.jobs.landing.HeaderIndex;
import ebpm.jobs.landing.LandingFileException;
import ebpm.jobs.landing.LandingSource;
import ebpm.jobs.landing.RowMapper;
import ebpm.jobs.landing.TabularOptions;
import java.nio.file.Path;
import java.util.List;

/**
 * Page-view exports of the tourism web sites from Google Analytics 4, in {@code landing/tourism-pv/<site-id>/}:
 * one folder per configured site, files as GA4 writes them ({@code #} comment lines, Japanese or English headers,
 * an optional totals row).
 */
public final class PageViewSource implements LandingSource {

    static final String NAME = "tourism-pv";

    private final TourismSites sites;

    public PageViewSource() {
        this(TourismSites.load());
    }

    PageViewSource(TourismSites sites) {
        this.sites = sites;
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
    public RowMapper newMapper(Path file, List<String> header) {
        String siteId = siteId(file);
        TourismSites.Site site = sites.site(siteId).orElseThrow(() -> new LandingFileException(file,
                (siteId.isEmpty() ? "lies outside a site folder" : "lies in " + NAME + "/" + siteId
                        + "/, which is no configured site") + "; put it in " + NAME + "/<site-id>/ for its site ("
                        + String.join(", ", sites.ids()) + ") or add the site to " + TourismSites.RESOURCE));
        return new PageViewRowMapper(site, HeaderIndex.of(file, Ga4Columns.canonical(file, header),
                Ga4Columns.REQUIRED));
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
