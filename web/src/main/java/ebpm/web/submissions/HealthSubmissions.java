package ebpm.web.submissions;

import java.util.List;

/**
 * Where a municipality's health evaluation file goes: checked at once by the night's rules, its accepted rows placed
 * in the landing folder, the submission recorded. Implemented in jobs with the health source's row mapper.
 */
public interface HealthSubmissions {

    /**
     * Checks the file's rows for {@code municipality} (rows of another municipality are rejected), places the
     * accepted rows in {@code landing/health/} under a new name, and records who sent what.
     *
     * @param fileName the name the file was sent with; {@code .csv} or {@code .xlsx}
     */
    Result submit(String fileName, byte[] content, String municipality, String user) throws Exception;

    /** The submissions recorded, newest first; of one municipality, or of all when {@code municipality} is null. */
    List<Submission> submissions(String municipality) throws Exception;

    /** A row that cannot be used, with the line of the file and the reason: the night's rule, in Japanese. */
    record RejectedRow(long line, String reason) {
    }

    /**
     * @param fileProblem why the file as a whole cannot be read (a missing column), or null
     * @param storedAs    the landing file the accepted rows were written to, or null when none were
     */
    record Result(long rowsRead, long rowsAccepted, List<RejectedRow> rejected, String fileProblem, String storedAs,
                  String sha256) {
    }

    /** One recorded submission: when (office time), who, for which municipality, what was sent and kept. */
    record Submission(String submittedAt, String user, String municipality, String fileName, String storedAs,
                      String sha256, long rowsAccepted, long rowsRejected) {
    }
}
