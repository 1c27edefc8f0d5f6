package ebpm.jobs.landing;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits RFC 4180 text into records, counting physical lines so each record knows the line it starts on.
 * Quoted cells may hold commas, doubled quotes and line breaks; CRLF, LF and lone CR all end a line.
 * A quote inside an unquoted cell, or text after a closing quote, is kept as text, as Excel does.
 */
public final class CsvRecordReader {

    private static final int EOF = -1;

    private final Path file;
    private final Reader in;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    private long line = 1;
    // One list for every record's cells, which TabularRow copies: a list per row would be a third array per row.
    private final List<String> cells = new ArrayList<>();

    public CsvRecordReader(Path file, Reader in) {
        this.file = file;
        this.in = in;
    }

    /** The next record, or null at the end of the text. */
    public TabularRow next() throws IOException {
        if (peek() == EOF) {
            return null;
        }
        long startLine = line;
        cells.clear();
        while (true) {
            cells.add(readCell());
            int terminator = read();
            if (terminator == ',') {
                continue;
            }
            if (terminator != EOF) {
                endLine(terminator);
            }
            return new TabularRow(startLine, cells);
        }
    }

    /** One cell, up to but not including the comma, line break or end of text that ends it. */
    private String readCell() throws IOException {
        StringBuilder cell;
        if (peek() == '"') {
            read();
            cell = new StringBuilder();
            readQuoted(cell);
        } else {
            // The usual cell: unquoted and wholly in the buffer, taken in one piece rather than char by char.
            int end = endOfUnquoted(position);
            if (end < limit) {
                String text = new String(buffer, position, end - position);
                position = end;
                return text;
            }
            cell = new StringBuilder();
        }
        for (int c = peek(); c != EOF && c != ',' && !isLineBreak(c); c = peek()) {
            cell.append((char) read());
        }
        return cell.toString();
    }

    private int endOfUnquoted(int from) {
        int i = from;
        while (i < limit) {
            char c = buffer[i];
            if (c == ',' || c == '\n' || c == '\r') {
                break;
            }
            i++;
        }
        return i;
    }

    /** Skips the next line without parsing it if it starts with {@code prefix}; comment lines need not be valid CSV. */
    /** The line at the reader's position when it starts with the prefix (read past), else null (nothing read). */
    String lineStartingWith(String prefix) throws IOException {
        if (!fill(prefix.length()) || !prefix.equals(String.valueOf(buffer, position, prefix.length()))) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        int c = read();
        while (c != EOF && !isLineBreak(c)) {
            text.append((char) c);
            c = read();
        }
        if (c != EOF) {
            endLine(c);
        }
        return text.toString();
    }

    private void readQuoted(StringBuilder cell) throws IOException {
        long openedOnLine = line;
        while (true) {
            int c = read();
            if (c == EOF) {
                throw new LandingFileException(file, "the quoted cell starting on line " + openedOnLine
                        + " is never closed; check that cell for a stray \" (write a quote inside a quoted cell as \"\")",
                        openedOnLine + " 行目から始まる引用符（\"）で囲んだセルが閉じていません。そのセルの余分な \" を"
                                + "確かめてください（セルの中の \" は \"\" と書きます）。");
            }
            if (c == '"') {
                if (peek() != '"') {
                    return;
                }
                read();
                cell.append('"');
            } else if (isLineBreak(c)) {
                endLine(c);
                // One form of line break inside cells, so a cell reads the same from CRLF, LF and .xlsx files.
                cell.append('\n');
            } else {
                cell.append((char) c);
            }
        }
    }

    private static boolean isLineBreak(int c) {
        return c == '\n' || c == '\r';
    }

    private void endLine(int lineBreak) throws IOException {
        if (lineBreak == '\r' && peek() == '\n') {
            read();
        }
        line++;
    }

    private int read() throws IOException {
        return fill(1) ? buffer[position++] : EOF;
    }

    private int peek() throws IOException {
        return fill(1) ? buffer[position] : EOF;
    }

    /** Makes at least {@code count} chars available from {@code position}; false if the text ends sooner. */
    private boolean fill(int count) throws IOException {
        if (limit - position >= count) {
            return true;
        }
        System.arraycopy(buffer, position, buffer, 0, limit - position);
        limit -= position;
        position = 0;
        while (limit < count) {
            int n = in.read(buffer, limit, buffer.length - limit);
            if (n == EOF) {
                return false;
            }
            limit += n;
        }
        return true;
    }
}
