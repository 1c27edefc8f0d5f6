package ebpm.jobs.landing;

import java.util.List;

/** Validates one landing row and turns it into lake rows. */
public interface RowMapper {

    /**
     * Whether this mapper must see every row of the file once before it maps any, to learn what the file as a whole
     * states (a measure sheet's one fiscal year); the ingest then reads the file twice, so only for small files.
     */
    default boolean surveysFirst() {
        return false;
    }

    /** One row of the first pass ({@link #surveysFirst()}); it lands or is rejected only in {@link #map}. */
    default void survey(TabularRow row) {
    }

    /**
     * @return the lake rows for this landing row (one landing row may carry several, e.g. two indicators in a cell)
     * @throws RejectedRowException with the reason, when the row cannot be used
     */
    List<MappedRow> map(TabularRow row);

    /**
     * Called once after the file's last row: what a person should know about the file as a whole, e.g. a totals row
     * that disagrees with the rows. The notes go to the log, the run summary and the manifest; none by default.
     */
    default List<String> finish() {
        return List.of();
    }
}
