package ebpm.jobs.landing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** Opens a landing file as a {@link TabularFile}, choosing the reader by the file's extension. */
public final class TabularFiles {

    private TabularFiles() {
    }

    /**
     * Opens a {@code .csv} (UTF-8, UTF-8 with BOM or CP932) or {@code .xlsx} file, reading up to its header.
     *
     * @throws LandingFileException when the file's name or content cannot be read as a table
     * @throws IOException          when the file cannot be read at all
     */
    public static TabularFile open(Path file, TabularOptions options) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return CsvTabularFile.open(file, options);
        }
        if (name.endsWith(".xlsx")) {
            return XlsxTabularFile.open(file);
        }
        throw new LandingFileException(file, "unsupported file type; landing files must end in .csv or .xlsx",
                "この種類のファイルは読めません。CSV（.csv）か Excel（.xlsx）で送ってください。");
    }
}
