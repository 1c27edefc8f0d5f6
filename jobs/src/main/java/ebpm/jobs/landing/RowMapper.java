package ebpm.jobs.landing;

import java.util.List;

/** Validates one landing row and turns it into lake rows. */
public interface RowMapper {

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
