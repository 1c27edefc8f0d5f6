package ebpm.jobs.landing;

import ebpm.analytics.lake.LakeTable;
import java.nio.file.Path;
import java.util.List;

/** One kind of landing file: where it arrives, which lake table it feeds, and how its rows map. */
public interface LandingSource {

    /** Short name, also the landing sub-folder, e.g. {@code measures}. */
    String name();

    LakeTable lakeTable();

    /**
     * A fingerprint of the rules this source judges a file by (the reference tables and settings its rows are
     * checked against), recorded with each file in the manifest: a file rejected under other rules is read again.
     */
    default String rulesFingerprint() {
        return "";
    }

    default TabularOptions options() {
        return TabularOptions.defaults();
    }

    /**
     * Checks what a file says of itself above its header (e.g. the GA4 property an export names) before any row is
     * read; nothing by default.
     *
     * @throws LandingFileException when the file does not belong where it lies
     */
    default void checkPreamble(Path file, List<String> preamble) {
    }

    /**
     * A mapper for one file with this header; it may keep state across the file's rows (e.g. duplicates).
     *
     * @throws LandingFileException when the header lacks what the source needs
     */
    RowMapper newMapper(Path file, List<String> header);
}
