package ebpm.evidence.export;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One input file the numbers were computed from, pinned by its SHA-256 so a planner can tell
 * whether the evidence still matches the file they hold.
 *
 * @param name     the file name as the office knows it, e.g. {@code kanagawa-ict-measures-fy2020.csv}
 * @param checksum SHA-256 of the file's bytes, 64 lower-case hex digits
 */
public record SourceFile(String name, String checksum) {

    private static final Pattern SHA_256_HEX = Pattern.compile("[0-9a-f]{64}");

    public SourceFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(checksum, "checksum");
        if (name.isBlank()) {
            throw new IllegalArgumentException("source file name is blank");
        }
        // A truncated or upper-case digest would not compare equal to what sha256sum prints.
        if (!SHA_256_HEX.matcher(checksum).matches()) {
            throw new IllegalArgumentException(
                    "checksum of " + name + " is not 64 lower-case hex digits: " + checksum);
        }
    }
}
