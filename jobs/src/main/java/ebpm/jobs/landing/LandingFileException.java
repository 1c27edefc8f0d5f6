package ebpm.jobs.landing;

import java.nio.file.Path;

/** A landing file that cannot be read as delivered; the message names the file and says what to fix. */
public class LandingFileException extends RuntimeException {

    private final transient Path file;

    public LandingFileException(Path file, String problemAndFix) {
        super(file.getFileName() + ": " + problemAndFix);
        this.file = file;
    }

    public LandingFileException(Path file, String problemAndFix, Throwable cause) {
        super(file.getFileName() + ": " + problemAndFix, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
