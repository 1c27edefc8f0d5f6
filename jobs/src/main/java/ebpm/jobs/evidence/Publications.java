package ebpm.jobs.evidence;

import ebpm.analytics.catalog.ModelCatalog;
import ebpm.analytics.project.ReferenceTable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The publications a landing file stands for, in the words of the project's seed {@code publications}
 * ({@code source,indicator_code,publication}): the words of its source, or for a file of observations those of each
 * indicator it states; a source the seed does not list is named by its landing folder.
 */
final class Publications {

    static final String SEED = "seed_publications";

    private final List<List<Object>> rows;
    private final int source;
    private final int indicator;
    private final int words;

    private Publications(Optional<ReferenceTable> seed) {
        this.rows = seed.map(ReferenceTable::rows).orElse(List.of());
        this.source = seed.map(table -> table.indexOf("source")).orElse(0);
        this.indicator = seed.map(table -> table.indexOf("indicator_code")).orElse(1);
        this.words = seed.map(table -> table.indexOf("publication")).orElse(2);
    }

    static Publications of(ModelCatalog catalog) {
        return new Publications(Optional.ofNullable(catalog.referenceTables().get(SEED)));
    }

    /** The words for a file of {@code landingSource} stating these indicator codes (empty where it states none). */
    List<String> of(String landingSource, Collection<String> indicatorCodes) {
        List<String> found = new ArrayList<>();
        for (String code : indicatorCodes) {
            rowFor(landingSource, code).ifPresent(found::add);
        }
        if (found.isEmpty()) {
            found.add(rowFor(landingSource, null).orElse("landing/" + landingSource));
        }
        return found;
    }

    private Optional<String> rowFor(String landingSource, String code) {
        return rows.stream()
                .filter(row -> landingSource.equals(row.get(source)) && Objects.equals(code, row.get(indicator)))
                .map(row -> (String) row.get(words))
                .findFirst();
    }
}
