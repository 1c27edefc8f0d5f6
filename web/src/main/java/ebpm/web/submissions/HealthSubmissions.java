package ebpm.web.submissions;

import java.util.List;

/**
 * Where a municipality's health evaluation file goes: checked at once by the night's rules; a file whose every row
 * is accepted is placed in the landing folder, one with rejected rows is kept aside until the sender chooses to
 * place its accepted rows (or to mend the file and send it again); every check recorded. Implemented in jobs with
 * the health source's row mapper.
 */
public interface HealthSubmissions {

    /**
     * Checks the file's rows for {@code municipality} (rows of another municipality are rejected) and records who
     * sent what. When every row is accepted the file is placed in {@code landing/health/} under a new name; when
     * some are rejected nothing is placed yet: the file is kept aside under the result's {@code pending} token.
     *
     * @param fileName the name the file was sent with; {@code .csv} or {@code .xlsx}
     */
    Result submit(String fileName, byte[] content, String municipality, String user) throws Exception;

    /**
     * Places the accepted rows of a file kept aside by {@link #submit}, checked again by the same rules, when the
     * sender chooses so; the token is used once.
     *
     * @throws IllegalArgumentException when the token is not one of {@code user}'s files still kept (an hour)
     */
    Result placeAccepted(String pending, String user) throws Exception;

    /** The submissions recorded, newest first; of one municipality, or of all when {@code municipality} is null. */
    List<Submission> submissions(String municipality) throws Exception;

    /** A row that cannot be used, with the line of the file and the reason: the night's rule, in Japanese. */
    record RejectedRow(long line, String reason) {
    }

    /**
     * @param fileProblem why the file as a whole cannot be read (a missing column), or null
     * @param storedAs    the landing file the accepted rows were written to, or null when none were
     * @param pending     the token under which a file with rejected and accepted rows is kept aside, or null
     */
    record Result(String fileName, long rowsRead, long rowsAccepted, List<RejectedRow> rejected, String fileProblem,
                  String storedAs, String sha256, String pending) {
    }

    /** One recorded submission: when (office time), who, for which municipality, what was sent and kept. */
    record Submission(String submittedAt, String user, String municipality, String fileName, String storedAs,
                      String sha256, long rowsAccepted, long rowsRejected) {
    }
}
