package ebpm.jobs.landing;

/**
 * How to read a landing file.
 *
 * @param commentPrefix lines starting with this text before the header are skipped
 *                      (Google Analytics 4 exports start with {@code #} lines); null skips none
 */
public record TabularOptions(String commentPrefix) {

    public TabularOptions {
        if (commentPrefix != null && commentPrefix.isEmpty()) {
            throw new IllegalArgumentException("commentPrefix must not be empty; use null to skip no lines");
        }
    }

    public static TabularOptions defaults() {
        return new TabularOptions(null);
    }

    public static TabularOptions skippingCommentsStartingWith(String prefix) {
        return new TabularOptions(prefix);
    }
}
