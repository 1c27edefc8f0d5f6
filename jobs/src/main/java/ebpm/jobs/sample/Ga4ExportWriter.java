package ebpm.jobs.sample;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Writes one page report the way Google Analytics 4 exports it: {@code #} comment lines naming the property and the
 * dates, the header in Japanese or English, the totals row (総計 / Grand total), then one row per day and page.
 */
final class Ga4ExportWriter implements AutoCloseable {

    private static final String[] JAPANESE = {"日付", "ページ パスとスクリーン クラス", "ページ タイトルとスクリーン クラス",
            "表示回数", "アクティブ ユーザー", "総計"};
    private static final String[] ENGLISH = {"Date", "Page path and screen class", "Page title and screen class",
            "Views", "Active users", "Grand total"};

    private final Writer out;
    private final String[] words;
    private final StringBuilder line = new StringBuilder(160);
    private long rows;

    private Ga4ExportWriter(Writer out, boolean english) {
        this.out = out;
        this.words = english ? ENGLISH : JAPANESE;
    }

    /** Opens the file and writes everything above the page rows. */
    static Ga4ExportWriter open(Path file, Charset charset, boolean byteOrderMark, boolean english, String property,
                                LocalDate first, LocalDate last, long totalViews, long totalUsers)
            throws IOException {
        Files.createDirectories(file.getParent());
        OutputStream stream = Files.newOutputStream(file);
        // REPORT: a title the charset cannot hold must fail, not turn into '?'.
        Writer writer = new BufferedWriter(new OutputStreamWriter(stream, charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
        Ga4ExportWriter export = new Ga4ExportWriter(writer, english);
        if (byteOrderMark) {
            writer.write('\uFEFF');
        }
        export.preamble(property, first, last);
        export.out.write(String.join(",", export.words[0], export.words[1], export.words[2], export.words[3],
                export.words[4]) + "\n");
        export.out.write(export.words[5] + ",,," + totalViews + "," + totalUsers + "\n");
        return export;
    }

    private void preamble(String property, LocalDate first, LocalDate last) throws IOException {
        boolean english = words == ENGLISH;
        out.write("# ----------------------------------------\n");
        out.write("# " + property + "\n");
        out.write(english ? "# Pages and screens: Page path and screen class\n"
                : "# ページとスクリーン: ページ パスとスクリーン クラス\n");
        out.write("# " + (english ? "Start date: " : "開始日: ") + yyyymmdd(first) + "\n");
        out.write("# " + (english ? "End date: " : "終了日: ") + yyyymmdd(last) + "\n");
        out.write("# ----------------------------------------\n");
    }

    void row(LocalDate day, String path, String title, long views, long users) throws IOException {
        line.setLength(0);
        appendDate(day);
        line.append(',').append(path).append(',');
        appendQuoted(title);
        line.append(',').append(views).append(',').append(users).append('\n');
        out.append(line);
        rows++;
    }

    long rows() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    private void appendDate(LocalDate day) {
        int year = day.getYear();
        int month = day.getMonthValue();
        int date = day.getDayOfMonth();
        line.append(year);
        if (month < 10) {
            line.append('0');
        }
        line.append(month);
        if (date < 10) {
            line.append('0');
        }
        line.append(date);
    }

    private void appendQuoted(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0) {
            line.append(text);
        } else {
            line.append('"').append(text.replace("\"", "\"\"")).append('"');
        }
    }

    private static String yyyymmdd(LocalDate day) {
        return String.format("%04d%02d%02d", day.getYear(), day.getMonthValue(), day.getDayOfMonth());
    }
}
