package ebpm.evidence.export;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Writes an evidence table as a CSV file that Excel opens correctly by double-click.
 *
 * <p>UTF-8 with a byte-order mark by default (without it Japanese Excel guesses Shift_JIS and
 * shows mojibake), or CP932 for older tools; CRLF line endings; RFC 4180 quoting. Text cells that
 * Excel would run as a formula get a leading apostrophe. Only the table is written: lineage
 * goes beside the file ({@code <name>.lineage.json}), not in it, so the CSV stays loadable by any tool.
 */
public final class CsvExporter implements EvidenceExporter {

    private static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final Charset WINDOWS_31J = Charset.forName("windows-31j");
    // Text converted from JIS-based sources uses these code points; CP932 holds the look-alike on the right.
    private static final Map<Character, Character> JIS_TO_CP932 = Map.of(
            '\u2014', '\u2015',   // — EM DASH → ― HORIZONTAL BAR (as in the measure sheets' "—")
            '\u301C', '\uFF5E',   // 〜 WAVE DASH → ～
            '\u2016', '\u2225',   // ‖ → ∥
            '\u2212', '\uFF0D',   // − MINUS SIGN → －
            '\u00A2', '\uFFE0',   // ¢ → ￠
            '\u00A3', '\uFFE1',   // £ → ￡
            '\u00AC', '\uFFE2');  // ¬ → ￢
    private static final String LINE_END = "\r\n";

    private final Charset charset;
    private final boolean byteOrderMark;
    private final char separator;

    /** UTF-8 with byte-order mark, which current Excel reads without asking. */
    public CsvExporter() {
        this(StandardCharsets.UTF_8, true, ',');
    }

    private CsvExporter(Charset charset, boolean byteOrderMark, char separator) {
        this.charset = charset;
        this.byteOrderMark = byteOrderMark;
        this.separator = separator;
    }

    /**
     * Tab-separated UTF-16LE with byte-order mark ("Unicode text"): Excel and LibreOffice Calc both open it by
     * double-click with Japanese intact, where LibreOffice's default import garbles UTF-8.
     */
    public static CsvExporter utf16Tabs() {
        return new CsvExporter(StandardCharsets.UTF_16LE, true, '\t');
    }

    /**
     * CP932 (windows-31j), for tools that cannot read UTF-8. The characters whose JIS mapping differs (—, 〜, −, ‖,
     * ¢, £, ¬) are written as CP932's look-alikes; any other character CP932 lacks fails the export.
     */
    public static CsvExporter windows31j() {
        return new CsvExporter(WINDOWS_31J, false, ',');
    }

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public String extension() {
        return "csv";
    }

    /** Writes the CSV and, beside it, its lineage ({@code <name>.lineage.json}, see {@link LineageJson}). */
    @Override
    public void export(EvidenceDocument doc, Path file) throws IOException {
        // Encoded in full before writing, so an unmappable character leaves no half-written file.
        String csv = render(doc);
        Files.write(file, encode(charset.equals(WINDOWS_31J) ? cp932LookAlikes(csv) : csv, file));
        LineageJson.write(doc, file, (byteOrderMark ? charset.name() + " with BOM" : charset.name())
                + (separator == '\t' ? ", tab-separated" : ""));
    }

    @Override
    public List<Path> companions(EvidenceDocument doc, Path file) {
        return List.of(LineageJson.sidecarOf(file));
    }

    private String render(EvidenceDocument doc) {
        Table table = doc.table();
        CellFormatter cells = CellFormatter.plain(doc);
        StringBuilder csv = new StringBuilder(byteOrderMark ? BYTE_ORDER_MARK : "");
        appendRecord(csv, table.columnNames().stream().map(CsvCells::disarmed).toList());
        for (int row = 0; row < table.rowCount(); row++) {
            int at = row;
            appendRecord(csv, table.columns().stream().map(column -> cell(cells, column, at)).toList());
        }
        return csv.toString();
    }

    /** Replaces the few characters whose JIS mapping CP932 lacks with the look-alikes it has, e.g. — with ―. */
    static String cp932LookAlikes(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            folded.append(JIS_TO_CP932.getOrDefault(c, c));
        }
        return folded.toString();
    }

    private static String cell(CellFormatter cells, Column<?> column, int row) {
        String formatted = cells.format(column, row);
        // Numbers stay numbers: -11.8 in a numeric column is a value, not a formula to disarm.
        return CellFormatter.isNumeric(column) ? formatted : CsvCells.disarmed(formatted);
    }

    private void appendRecord(StringBuilder csv, List<String> fields) {
        csv.append(CsvCells.record(fields, separator)).append(LINE_END);
    }

    private byte[] encode(String csv, Path file) throws IOException {
        try {
            ByteBuffer encoded = charset.newEncoder().encode(CharBuffer.wrap(csv));
            byte[] bytes = new byte[encoded.remaining()];
            encoded.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            throw new IOException("cannot write " + file + " as " + charset.name() + ": it has no "
                    + firstUnencodable(csv) + "; use UTF-8 instead", e);
        }
    }

    private String firstUnencodable(String text) {
        CharsetEncoder encoder = charset.newEncoder();
        return text.codePoints()
                .filter(codePoint -> !encoder.canEncode(Character.toString(codePoint)))
                .mapToObj(codePoint -> String.format("'%s' (U+%04X)", Character.toString(codePoint), codePoint))
                .findFirst()
                .orElse("representation for some character");
    }
}
