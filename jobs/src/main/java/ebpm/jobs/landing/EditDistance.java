package ebpm.jobs.landing;

import java.util.Optional;

/** How many single-character edits turn one name into another (Levenshtein): what a typo in a name looks like. */
public final class EditDistance {

    private EditDistance() {
    }

    /** The known name a written one most likely means: the nearest, if at most {@code maxEdits} away. */
    public static Optional<String> closest(String written, Iterable<String> known, int maxEdits) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String name : known) {
            int distance = between(written, name);
            if (distance < bestDistance) {
                best = name;
                bestDistance = distance;
            }
        }
        return bestDistance <= maxEdits ? Optional.of(best) : Optional.empty();
    }

    public static int between(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
