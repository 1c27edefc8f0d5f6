package ebpm.jobs.landing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A CSV landing file: detects its encoding, skips leading comment lines and reads the header and rows. */
final class CsvTabularFile implements TabularFile {

    private final Reader reader;
    private final CsvRecordReader records;
    private final DetectedEncoding encoding;
    /** The comment lines above the header, without their prefix (GA4 names its property there). */
    private final List<String> preamble = new ArrayList<>();
    private final List<String> header;

    private CsvTabularFile(Path file, Reader reader, DetectedEncoding encoding, TabularOptions options)
            throws IOException {
        this.reader = reader;
        this.records = new CsvRecordReader(file, reader);
        this.encoding = encoding;
        this.header = ColumnNames.of(file, readHeaderRow(file, options.commentPrefix()));
    }

    static CsvTabularFile open(Path file, TabularOptions options) throws IOException {
        DetectedEncoding encoding = CsvEncodingDetector.detect(file);
        InputStream in = Files.newInputStream(file);
        try {
            in.skipNBytes(encoding.bomLength());
            // REPORT, not the default REPLACE: if the file changed since detection, fail rather than garble.
            Reader reader = new InputStreamReader(in, encoding.charset().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT));
            return new CsvTabularFile(file, reader, encoding, options);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    private TabularRow readHeaderRow(Path file, String commentPrefix) throws IOException {
        while (true) {
            String comment = commentPrefix == null ? null : records.lineStartingWith(commentPrefix);
            if (comment != null) {
                preamble.add(comment.substring(commentPrefix.length()).strip());
                continue;
            }
            TabularRow row = records.next();
            if (row == null) {
                String found = commentPrefix == null
                        ? "it is empty or holds only blank lines"
                        : "it holds only blank lines and lines starting with " + commentPrefix;
                throw new LandingFileException(file, "has no header row (" + found
                        + "); the first row must name the columns", "見出し行がありません。1行目に列名を書いてください。");
            }
            if (!row.isBlank()) {
                return row;
            }
        }
    }

    @Override
    public List<String> preamble() {
        return List.copyOf(preamble);
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public String encoding() {
        return encoding.name();
    }

    @Override
    public TabularRow next() throws IOException {
        TabularRow row;
        do {
            row = records.next();
        } while (row != null && row.isBlank());
        return row;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
