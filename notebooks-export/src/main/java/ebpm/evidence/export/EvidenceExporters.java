package ebpm.evidence.export;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** Finds the exporter for a format name, as given on the command line ({@code --format csv,html}). */
public final class EvidenceExporters {

    // Each exporter names its own format, so the names live in one place; this order is shown to users.
    private static final List<Supplier<EvidenceExporter>> EXPORTERS = List.of(CsvExporter::new, XlsxExporter::new,
            HtmlExporter::new, NotebookExporter::new);
    private static final List<String> CSV_ENCODINGS = List.of("utf-8", "cp932", "utf-16");

    private EvidenceExporters() {
    }

    /** One exporter of every format, in the order {@link #formats()} lists them. */
    public static List<EvidenceExporter> all() {
        return EXPORTERS.stream().map(Supplier::get).toList();
    }

    /** One exporter of every format for the nightly pack: its pages link back to the pack's index. */
    public static List<EvidenceExporter> forPack() {
        return all().stream()
                .map(exporter -> exporter instanceof HtmlExporter ? HtmlExporter.inPack() : exporter)
                .toList();
    }

    /** The format names known, e.g. {@code [csv, xlsx, html, ipynb]}. */
    public static List<String> formats() {
        return EXPORTERS.stream().map(exporter -> exporter.get().format()).toList();
    }

    /**
     * The exporter for {@code format}, ignoring case.
     *
     * @throws IllegalArgumentException if no exporter has that format; the message lists those that do
     */
    public static EvidenceExporter forFormat(String format) {
        String wanted = format.strip().toLowerCase(Locale.ROOT);
        return EXPORTERS.stream()
                .map(Supplier::get)
                .filter(exporter -> exporter.format().equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown evidence format '" + format + "'; known formats: " + String.join(", ", formats())));
    }

    /**
     * The exporters for a comma-separated list such as {@code csv,html}, in the order given,
     * each format once.
     *
     * @throws IllegalArgumentException if the list names no format or an unknown one
     */
    public static List<EvidenceExporter> parse(String commaList) {
        List<String> formats = Arrays.stream(commaList.split(","))
                .map(format -> format.strip().toLowerCase(Locale.ROOT))
                .filter(format -> !format.isEmpty())
                .distinct()
                .toList();
        if (formats.isEmpty()) {
            throw new IllegalArgumentException(
                    "no evidence format given; known formats: " + String.join(", ", formats()));
        }
        return formats.stream().map(EvidenceExporters::forFormat).toList();
    }

    /**
     * As {@link #parse(String)}, with the CSV written in {@code csvEncoding}: {@code utf-8} (with byte-order mark,
     * the default), {@code utf-16} (tab-separated UTF-16LE with byte-order mark, which LibreOffice and Excel both open by
     * double-click) or {@code cp932} (Windows-31J, for older tools).
     *
     * @throws IllegalArgumentException for an unknown format or encoding
     */
    public static List<EvidenceExporter> parse(String commaList, String csvEncoding) {
        String encoding = csvEncoding.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        if (encoding.equals("utf8")) {
            encoding = "utf-8";
        }
        if (encoding.equals("utf16") || encoding.equals("utf-16le")) {
            encoding = "utf-16";
        }
        if (encoding.equals("windows-31j") || encoding.equals("sjis") || encoding.equals("shift-jis")) {
            encoding = "cp932";
        }
        if (!CSV_ENCODINGS.contains(encoding)) {
            throw new IllegalArgumentException("unknown CSV encoding '" + csvEncoding
                    + "'; use utf-8 (with BOM, the default), utf-16 (tab-separated, for LibreOffice and Excel alike) "
                    + "or cp932");
        }
        String chosen = encoding;
        return parse(commaList).stream()
                .map(exporter -> !(exporter instanceof CsvExporter) ? exporter
                        : switch (chosen) {
                            case "cp932" -> CsvExporter.windows31j();
                            case "utf-16" -> CsvExporter.utf16Tabs();
                            default -> exporter;
                        })
                .toList();
    }
}
