package ebpm.jobs.landing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/** Adapts {@link TabularFile#next()} to an iterator, so rows can be streamed. */
final class TabularRowIterator implements Iterator<TabularRow> {

    private final TabularFile file;
    private TabularRow ahead;

    TabularRowIterator(TabularFile file) {
        this.file = file;
    }

    @Override
    public boolean hasNext() {
        if (ahead == null) {
            try {
                ahead = file.next();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return ahead != null;
    }

    @Override
    public TabularRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        TabularRow row = ahead;
        ahead = null;
        return row;
    }
}
