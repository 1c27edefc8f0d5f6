package ebpm.jobs.landing;

import java.util.Optional;

/**
 * A landing row that cannot be used, with the reason a person can act on (it names the column): in English for the
 * office's run summary and rejects files, and, where the row comes from a municipality, in Japanese for the
 * municipality that submits it through the web app.
 */
public class RejectedRowException extends RuntimeException {

    private final String japanese;

    public RejectedRowException(String reason) {
        this(reason, null);
    }

    public RejectedRowException(String reason, String japanese) {
        super(reason);
        this.japanese = japanese;
    }

    public String reason() {
        return getMessage();
    }

    /** The reason in Japanese, when the rule that rejected the row gives one. */
    public Optional<String> japanese() {
        return Optional.ofNullable(japanese);
    }
}
