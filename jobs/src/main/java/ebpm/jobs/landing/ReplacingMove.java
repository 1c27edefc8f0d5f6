package ebpm.jobs.landing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Moves a finished output file (lake or rejects) into place, taking over from the file an earlier read of the same
 * landing content left in the same folder under another name (the landing file was moved or renamed since).
 *
 * <p>Putting the new file beside the earlier one and then deleting the earlier one would leave, for a moment — or
 * for good after a {@code kill -9} between the two — the same rows twice in the lake. Instead the new file is first
 * renamed over the earlier one (one atomic rename: a reader sees the earlier rows or the new ones), then renamed to
 * its own name (again one rename of one file). A kill between the two leaves the new rows under the earlier name:
 * nothing doubled, and the next read of the file takes that name over again.
 */
final class ReplacingMove {

    private ReplacingMove() {
    }

    /**
     * @param finished the complete file, written aside
     * @param target   its final name
     * @param earlier  the earlier read's file in the same folder, or null when there is none
     */
    static void move(Path finished, Path target, Path earlier) throws IOException {
        if (earlier != null && !earlier.equals(target) && Files.exists(earlier)) {
            Files.move(finished, earlier, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            Files.move(earlier, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } else {
            Files.move(finished, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
