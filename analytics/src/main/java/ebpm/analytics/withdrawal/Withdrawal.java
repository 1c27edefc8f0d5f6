package ebpm.analytics.withdrawal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * One decision of the office to take landed rows out of the figures ({@code ebpm withdraw}): a whole landing file,
 * or the rows of one key (e.g. a health project of one municipality and year) in the files that held it when the
 * withdrawal was made. The lake keeps the rows; the staging models leave them out while the withdrawal is in force.
 *
 * @param id          the number operators name it by ({@code ebpm withdraw --undo 3})
 * @param source      the landing source, e.g. {@code health}
 * @param lakeTable   the lake table its rows landed in, e.g. {@code health_evaluations}
 * @param fileNames   the withdrawn file; for a key, the files whose rows of the key it takes out
 * @param checksums   their SHA-256, in the order of {@code fileNames}
 * @param key         empty for a whole file; else the key's values in the order of
 *                    {@link WithdrawableKeys#columns} of the lake table
 * @param rows        the landed rows it took out when it was made
 * @param undoneBy    null while in force
 */
public record Withdrawal(long id, String source, String lakeTable, List<String> fileNames, List<String> checksums,
                         List<String> key, long rows, String reason, String withdrawnBy, Instant withdrawnAt,
                         String undoneBy, Instant undoneAt, String undoReason) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public Withdrawal {
        fileNames = List.copyOf(fileNames);
        checksums = List.copyOf(checksums);
        key = List.copyOf(key);
        if (fileNames.size() != checksums.size() || checksums.isEmpty()) {
            throw new IllegalArgumentException("a withdrawal names one or more files, each with its checksum");
        }
    }

    /** A new withdrawal, before the database gives it its number. */
    public static Withdrawal of(String source, String lakeTable, List<String> fileNames, List<String> checksums,
                                List<String> key, long rows, String reason, String withdrawnBy, Instant withdrawnAt) {
        return new Withdrawal(0, source, lakeTable, fileNames, checksums, key, rows, reason, withdrawnBy,
                withdrawnAt, null, null, null);
    }

    public boolean inForce() {
        return undoneAt == null;
    }

    public boolean wholeFile() {
        return key.isEmpty();
    }

    /** What it takes out, as operators read it: {@code health 2020 × 141003 × 特定保健指導 (1 row of a.csv)}. */
    public String what() {
        String rowCount = rows + (rows == 1 ? " row" : " rows");
        return wholeFile()
                ? source + " file " + fileNames.get(0) + " (" + rowCount + ")"
                : source + " " + String.join(" × ", key) + " (" + rowCount + " of " + String.join(", ", fileNames) + ")";
    }

    /** One line for {@code ebpm withdraw --list} and {@code ebpm status}, times in the office's zone. */
    public String describe(ZoneId zone) {
        String line = "#" + id + " " + what() + ": " + reason + " (" + withdrawnBy + ", "
                + WHEN.format(withdrawnAt.atZone(zone)) + ")";
        return inForce() ? line
                : line + "; undone by " + undoneBy + ", " + WHEN.format(undoneAt.atZone(zone)) + ": " + undoReason;
    }
}
