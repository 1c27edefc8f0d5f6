package ebpm.jobs.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SQL blocks of the repository's README, found by the comment each starts with: tests run the statements the
 * README gives an administrator as they stand there, so the two cannot drift apart.
 */
public final class ReadmeSql {

    private static final Path README = Path.of("..", "README.md").toAbsolutePath().normalize();
    private static final Pattern BLOCK = Pattern.compile("```sql\\n(.*?)```", Pattern.DOTALL);

    private ReadmeSql() {
    }

    /** The block whose first line starts with this comment, e.g. {@code -- once per server}. */
    public static String startingWith(String comment) throws IOException {
        Matcher block = BLOCK.matcher(Files.readString(README));
        while (block.find()) {
            if (block.group(1).startsWith(comment)) {
                return block.group(1);
            }
        }
        throw new IllegalStateException(README + " has no ```sql block starting with '" + comment + "'");
    }
}
