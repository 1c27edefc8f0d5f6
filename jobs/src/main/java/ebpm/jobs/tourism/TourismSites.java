package ebpm.jobs.tourism;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.Yaml;

/**
 * The configured tourism web sites ({@code ebpm/tourism/sites.yaml}): each site's id (its landing folder), the name
 * planners read and the sections its pages belong to by path prefix.
 */
public final class TourismSites {

    public static final String RESOURCE = "ebpm/tourism/sites.yaml";

    /**
     * One site and its sections.
     *
     * @param prefixes the section of each path prefix, the longest prefix first
     * @param sections the section names in the order configured, the other section last
     */
    public record Site(String id, String name, List<SectionPrefix> prefixes, List<String> sections,
                       String otherSection) {

        /** The section of a page path: the longest configured prefix it starts with, else the other section. */
        public String section(String pagePath) {
            for (SectionPrefix prefix : prefixes) {
                if (pagePath.startsWith(prefix.prefix())) {
                    return prefix.section();
                }
            }
            return otherSection;
        }
    }

    public record SectionPrefix(String prefix, String section) {
    }

    private final Map<String, Site> sites;

    private TourismSites(Map<String, Site> sites) {
        this.sites = sites;
    }

    public static TourismSites load() {
        try (InputStream in = TourismSites.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no " + RESOURCE + " on the classpath");
            }
            return parse(new Yaml().load(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    @SuppressWarnings("unchecked")
    static TourismSites parse(Map<String, Object> yaml) {
        String other = (String) yaml.get("other_section");
        Map<String, Site> sites = new LinkedHashMap<>();
        ((Map<String, Map<String, Object>>) yaml.get("sites")).forEach((id, site) -> {
            List<SectionPrefix> prefixes = new ArrayList<>();
            List<String> sections = new ArrayList<>();
            ((Map<String, List<String>>) site.get("sections")).forEach((section, paths) -> {
                sections.add(section);
                paths.forEach(path -> prefixes.add(new SectionPrefix(path, section)));
            });
            sections.add(other);
            // Stable sort: among equally long prefixes the configured order stays.
            prefixes.sort(Comparator.comparingInt((SectionPrefix p) -> p.prefix().length()).reversed());
            sites.put(id, new Site(id, (String) site.get("name"), List.copyOf(prefixes), List.copyOf(sections),
                    other));
        });
        return new TourismSites(sites);
    }

    public Optional<Site> site(String id) {
        return Optional.ofNullable(sites.get(id));
    }

    public List<Site> sites() {
        return List.copyOf(sites.values());
    }

    public List<String> ids() {
        return List.copyOf(sites.keySet());
    }
}
