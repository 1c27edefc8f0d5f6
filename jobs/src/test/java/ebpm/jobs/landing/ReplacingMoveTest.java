package ebpm.jobs.landing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file read again takes its earlier output's place: at no moment are both in the folder. */
class ReplacingMoveTest {

    @TempDir
    Path folder;

    @Test
    void theNewFileTakesOverTheEarlierFileOfTheSameContent() throws IOException {
        Path earlier = write("april_9f86d081884c.parquet", "earlier rows");
        Path finished = write(".2020-04_9f86d081884c.parquet.tmp", "new rows");

        ReplacingMove.move(finished, folder.resolve("2020-04_9f86d081884c.parquet"), earlier);

        assertThat(contents()).containsExactly("2020-04_9f86d081884c.parquet: new rows");
    }

    @Test
    void aKillBetweenTheTwoRenamesLeavesTheNewRowsUnderTheEarlierNameAndTheNextReadFinishesIt() throws IOException {
        // State after the first rename: the earlier name holds the new rows, the new name does not exist yet.
        Path earlier = write("april_9f86d081884c.parquet", "new rows");
        Path finished = write(".2020-04_9f86d081884c.parquet.tmp", "new rows");

        ReplacingMove.move(finished, folder.resolve("2020-04_9f86d081884c.parquet"), earlier);

        assertThat(contents()).containsExactly("2020-04_9f86d081884c.parquet: new rows");
    }

    @Test
    void withoutAnEarlierFileOrUnderTheSameNameItIsAPlainMove() throws IOException {
        Path same = write("april_9f86d081884c.parquet", "earlier rows");

        ReplacingMove.move(write(".april.tmp", "new rows"), same, same);
        ReplacingMove.move(write(".may.tmp", "may rows"), folder.resolve("may_0123456789ab.parquet"),
                folder.resolve("gone_0123456789ab.parquet"));

        assertThat(contents()).containsExactly("april_9f86d081884c.parquet: new rows",
                "may_0123456789ab.parquet: may rows");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text);
    }

    /** Every file of the folder as {@code name: content}. */
    private List<String> contents() throws IOException {
        List<String> contents = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                contents.add(file.getFileName() + ": " + Files.readString(file));
            }
        }
        return contents;
    }
}
