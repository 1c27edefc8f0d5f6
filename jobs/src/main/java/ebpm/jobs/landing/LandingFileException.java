package ebpm.jobs.landing;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A landing file that cannot be read as delivered; the message names the file and says what to fix (in Japanese
 * too where the file may come from a municipality through the web app).
 */
public class LandingFileException extends RuntimeException {

    private final transient Path file;
    private final String japanese;

    public LandingFileException(Path file, String problemAndFix) {
        this(file, problemAndFix, (String) null);
    }

    public LandingFileException(Path file, String problemAndFix, String japanese) {
        super(file.getFileName() + ": " + problemAndFix);
        this.file = file;
        this.japanese = japanese;
    }

    public LandingFileException(Path file, String problemAndFix, Throwable cause) {
        this(file, problemAndFix, null, cause);
    }

    public LandingFileException(Path file, String problemAndFix, String japanese, Throwable cause) {
        super(file.getFileName() + ": " + problemAndFix, cause);
        this.file = file;
        this.japanese = japanese;
    }

    public Path file() {
        return file;
    }

    /** The problem and its fix in Japanese, without the file name, when the check that found it gives them. */
    public Optional<String> japanese() {
        return Optional.ofNullable(japanese);
    }
}
