package ebpm.jobs.landing;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * An open landing file read row by row below its header; open one with {@link TabularFiles#open}.
 * Blank rows are skipped.
 */
public interface TabularFile extends Closeable {

    /** The comment lines skipped above the header (see {@link TabularOptions}), without their prefix. */
    default List<String> preamble() {
        return List.of();
    }

    /** Column names from the header row: trimmed, non-blank and unique. */
    List<String> header();

    /** How the file was decoded: "UTF-8", "UTF-8 (BOM)", "windows-31j" or "xlsx". */
    String encoding();

    /** The next data row, or null at the end of the file. */
    TabularRow next() throws IOException;

    /**
     * The remaining rows as a stream; I/O failures surface as {@link java.io.UncheckedIOException}.
     * Close this file, not the stream, when done.
     */
    default Stream<TabularRow> rows() {
        Spliterator<TabularRow> rows = Spliterators.spliteratorUnknownSize(
                new TabularRowIterator(this), Spliterator.ORDERED | Spliterator.NONNULL);
        return StreamSupport.stream(rows, false);
    }
}
