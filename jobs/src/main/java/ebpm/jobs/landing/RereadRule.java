package ebpm.jobs.landing;

import ebpm.analytics.indicatordb.ManifestEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Whether the nightly ingest reads again a landing file whose content the manifest already lists, and why.
 *
 * <p>Only a file that left rows out (rejected whole, or with rejected rows) is read again, and only when something
 * that decided its fate has changed since: it was moved (an export put outside its site folder, moved in), or its
 * source's rules changed (a reference table that now knows a code). A file whose rows all landed is skipped
 * wherever it lies: a renamed copy of the same content is still the same content, and reading it again would only
 * give the same rows.
 */
public final class RereadRule {

    public static final String ASKED_BY_REPROCESS = "asked by ebpm reprocess";

    private RereadRule() {
    }

    /**
     * @param known            the manifest's entry for this source and checksum
     * @param landingPath      where the file lies now, below the landing folder ({@code tourism-pv/inbound/x.csv})
     * @param rulesFingerprint the source's rules today
     * @param holdsThisContent whether a landing path holds this content now; a file found at a new path while its
     *                         recorded path still holds the same bytes is a copy, not a move (without this, two
     *                         copies would take turns being read again every night)
     * @return why the file is read again, e.g. {@code moved from tourism-pv/x.csv}; empty when it is skipped
     */
    public static Optional<String> whyReadAgain(ManifestEntry known, String landingPath, String rulesFingerprint,
                                                Predicate<String> holdsThisContent) {
        if (!known.leftRowsOut()) {
            return Optional.empty();
        }
        List<String> reasons = new ArrayList<>();
        // An entry recorded before ebpm kept paths has none: whether it moved is unknown, and the rules check
        // below takes it again anyway, since it has no rules recorded either.
        String recordedPath = known.landingPath();
        if (recordedPath != null && !recordedPath.equals(landingPath) && !holdsThisContent.test(recordedPath)) {
            reasons.add("moved from " + recordedPath);
        }
        if (known.rulesFingerprint() == null) {
            reasons.add("rules changed (none recorded before)");
        } else if (!Objects.equals(known.rulesFingerprint(), rulesFingerprint)) {
            reasons.add("rules changed");
        }
        return reasons.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", reasons));
    }
}
