package ebpm.jobs.nightly;

import ebpm.analytics.indicatordb.SchemaVersionException;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says in one or two plain lines why something failed, for the operator reading a cron mail: what happened, where
 * (the file, the database or the setting) and what to do. Known causes deep in a chain of exceptions (a full disk, a
 * file another program holds, a damaged database, PostgreSQL refusing a login or a privilege) are named as such;
 * anything else reads as the first line of the outermost message, with the innermost cause when that adds something.
 * The stack trace stays in the debug log ({@code --debug}).
 */
public final class FailureCause {

    /** A root cause is shown up to this length; the outermost message, ebpm's own, is shown whole. */
    private static final int LONGEST_ROOT = 300;
    /** Less than this left on the work folder's disk: a failure there is most likely the full disk. */
    private static final long NEARLY_FULL_BYTES = 1024 * 1024;
    private static final String NO_SPACE = "No space left on device";
    private static final Pattern QUOTED_PATH = Pattern.compile("[\"'](/[^\"']+)[\"']");
    private static final Pattern DUCKDB_DAMAGE = Pattern.compile("(Corrupt database file|not a valid DuckDB database file).*");
    private static final Pattern DUCKDB_FILE = Pattern.compile("[\"']?(/\\S*?\\.duckdb[^\\s:\"']*)");
    private static final Pattern LOCK_HOLDER = Pattern.compile("Could not set lock on file \"([^\"]+)\".*?\\(PID (\\d+)\\)",
            Pattern.DOTALL);

    private FailureCause() {
    }

    /** The plain cause of {@code failure}: one line, or two when the what-to-do needs its own. */
    public static String of(Throwable failure) {
        return of(failure, null);
    }

    /**
     * The plain cause of {@code failure} in work done under {@code workFolder}: a full disk whose file the exception
     * does not name (an embedded database writing its pages) is placed there, with the space left.
     */
    public static String of(Throwable failure, Path workFolder) {
        // Already said in plain words, with what to do: shown as it is.
        if (failure instanceof Explained || failure instanceof SchemaVersionException) {
            return failure.getMessage();
        }
        List<Throwable> chain = chain(failure);
        return noSpace(chain, workFolder)
                .or(() -> diskFull(workFolder, chain))
                .or(() -> lockedFile(chain))
                .or(() -> damagedDuckDb(chain))
                .or(() -> postgresRefusal(chain))
                .orElseGet(() -> outermostAndRoot(chain));
    }

    /**
     * A full disk that the failure does not name: DuckDB, for one, may report only that it could not commit. When the
     * work folder's disk has next to nothing left, that is the cause to fix first.
     */
    private static Optional<String> diskFull(Path workFolder, List<Throwable> chain) {
        if (workFolder == null || usableBytes(workFolder) >= NEARLY_FULL_BYTES) {
            return Optional.empty();
        }
        return Optional.of("no space left on device writing in " + workFolder + freeSpace(workFolder)
                + ": free space on that disk (df -h shows it), then run the command again (reported as: "
                + outermostAndRoot(chain) + ")");
    }

    private static long usableBytes(Path folder) {
        try {
            return Files.getFileStore(folder).getUsableSpace();
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    private static Optional<String> noSpace(List<Throwable> chain, Path workFolder) {
        for (Throwable cause : chain) {
            String message = String.valueOf(cause.getMessage());
            if (message.contains(NO_SPACE)) {
                String where = cause instanceof FileSystemException file && file.getFile() != null
                        ? " writing " + file.getFile()
                        : pathIn(message).map(path -> " writing " + path)
                        .orElse(workFolder == null ? "" : " writing in " + workFolder + freeSpace(workFolder));
                return Optional.of("no space left on device" + where
                        + ": free space on that disk (df -h shows it), then run the command again");
            }
        }
        return Optional.empty();
    }

    private static String freeSpace(Path folder) {
        long usable = usableBytes(folder);
        return usable == Long.MAX_VALUE ? "" : " (" + usable / 1024 + " KiB free there now)";
    }

    private static Optional<String> lockedFile(List<Throwable> chain) {
        for (Throwable cause : chain) {
            Matcher lock = LOCK_HOLDER.matcher(String.valueOf(cause.getMessage()));
            if (lock.find()) {
                return Optional.of("the database file " + lock.group(1) + " is open for writing in another program "
                        + "(process " + lock.group(2) + "): a consumer must open it read-only (READ_ONLY); "
                        + "close that program, then run the command again");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> damagedDuckDb(List<Throwable> chain) {
        for (Throwable cause : chain) {
            String message = firstLine(String.valueOf(cause.getMessage()));
            Matcher damage = DUCKDB_DAMAGE.matcher(message);
            if (damage.find()) {
                Matcher file = DUCKDB_FILE.matcher(message);
                String where = file.find() ? " " + file.group(1) : "";
                return Optional.of("the DuckDB database file" + where + " is damaged (" + damage.group() + ")"
                        + System.lineSeparator() + "restore it from a backup, or move it aside: the next night "
                        + "then builds it anew and reads every landing file again");
            }
        }
        return Optional.empty();
    }

    /** PostgreSQL's SQL states for a refused login (28…) and a missing privilege (42501). */
    private static Optional<String> postgresRefusal(List<Throwable> chain) {
        for (Throwable cause : chain) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("28")) {
                    return Optional.of("PostgreSQL refused the login: " + firstLine(sql.getMessage())
                            + "; check EBPM_DB_USER and EBPM_DB_PASSWORD");
                }
                if (state.equals("42501")) {
                    return Optional.of("PostgreSQL refused a privilege: " + firstLine(sql.getMessage())
                            + "; grant what the README's \"On PostgreSQL\" section lists to that user");
                }
                if (state.startsWith("08")) {
                    return Optional.of("cannot reach PostgreSQL: " + firstLine(sql.getMessage())
                            + "; check the host and port in the URL and that the server runs");
                }
            }
        }
        return Optional.empty();
    }

    private static String outermostAndRoot(List<Throwable> chain) {
        Throwable outermost = chain.stream().filter(cause -> cause.getMessage() != null).findFirst()
                .orElse(chain.get(0));
        Throwable root = chain.get(chain.size() - 1);
        String what = describe(outermost);
        String rootMessage = describe(root);
        if (root != outermost && !what.contains(firstLine(String.valueOf(root.getMessage())))) {
            what += " (cause: " + shortened(rootMessage) + ")";
        }
        return what;
    }

    private static String describe(Throwable cause) {
        return cause.getMessage() == null || cause.getMessage().isBlank() ? cause.getClass().getSimpleName()
                : firstLine(cause.getMessage());
    }

    /** The exception and its causes, outermost first, each once (a cause may point back at itself). */
    private static List<Throwable> chain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable cause = failure; cause != null && !chain.contains(cause); cause = cause.getCause()) {
            chain.add(cause);
        }
        return chain;
    }

    private static Optional<String> pathIn(String message) {
        Matcher path = QUOTED_PATH.matcher(message);
        return path.find() ? Optional.of(path.group(1)) : Optional.empty();
    }

    /** The first line, without DuckDB's documentation links and the class name Java puts before a wrapped cause. */
    static String firstLine(String message) {
        String line = message.lines().map(String::strip).filter(text -> !text.isEmpty()).findFirst().orElse("");
        return line.replaceAll("\\. See also https?://\\S+", "")
                .replaceFirst("^(?:[a-z]+\\.)+[A-Z][A-Za-z]*(?:Exception|Error): ", "").strip();
    }

    /** A failure already put in plain words, thrown on to the command line, which prints its message as it is. */
    public static final class Explained extends RuntimeException {

        public Explained(String plainCause, Throwable failure) {
            super(plainCause, failure);
        }
    }

    private static String shortened(String text) {
        return text.length() <= LONGEST_ROOT ? text : text.substring(0, LONGEST_ROOT - 1) + "…";
    }
}
