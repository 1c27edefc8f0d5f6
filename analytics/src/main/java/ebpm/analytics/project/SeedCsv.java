package ebpm.analytics.project;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a seed CSV as analysts save it from Excel: UTF-8 with or without BOM ("CSV UTF-8") or CP932 ("CSV"), RFC
 * 4180 quoting, any line ending, blank lines and trailing empty columns ignored. Seeds are a few hundred rows from
 * the jar or a project folder, so this reads text in memory, unlike the streaming landing readers.
 */
final class SeedCsv {

    private static final Charset CP932 = Charset.forName("windows-31j");

    /** One record with the line it starts on. */
    record Record(int line, List<String> cells) {
    }

    private SeedCsv() {
    }

    static String decode(byte[] bytes) {
        if (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, CP932);
        }
    }

    static List<Record> records(String file, String text) {
        List<Record> records = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        boolean quoted = false;
        boolean cellStarted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && !cellStarted) {
                quoted = true;
                cellStarted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                cellStarted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                add(records, recordLine, cells);
                cells = new ArrayList<>();
                cell.setLength(0);
                cellStarted = false;
                line++;
                recordLine = line;
            } else {
                cell.append(c);
                cellStarted = true;
            }
        }
        if (quoted) {
            throw new DefinitionException(file + " line " + recordLine + ": a quoted cell is not closed");
        }
        if (cellStarted || !cells.isEmpty()) {
            cells.add(cell.toString());
            add(records, recordLine, cells);
        }
        return records;
    }

    private static void add(List<Record> records, int line, List<String> cells) {
        int last = cells.size();
        while (last > 0 && cells.get(last - 1).isBlank()) {
            last--;
        }
        if (last > 0) {
            records.add(new Record(line, List.copyOf(cells.subList(0, last))));
        }
    }
}
