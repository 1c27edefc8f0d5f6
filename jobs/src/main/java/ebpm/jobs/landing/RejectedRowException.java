package ebpm.jobs.landing;

/** A landing row that cannot be used, with the reason a person can act on (it names the column). */
public class RejectedRowException extends RuntimeException {

    public RejectedRowException(String reason) {
        super(reason);
    }

    public String reason() {
        return getMessage();
    }
}
