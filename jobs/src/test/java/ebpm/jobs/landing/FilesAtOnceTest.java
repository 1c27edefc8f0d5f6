package ebpm.jobs.landing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Files taken in at once: results in the files' order, copies of one content in turn, the first failure thrown. */
class FilesAtOnceTest {

    @Test
    void twoFilesRunAtOnceAndTheResultsKeepTheFilesOrder() throws Exception {
        // Each of the first two waits for the other to start: they can only finish if they run at the same time.
        CountDownLatch bothStarted = new CountDownLatch(2);

        List<String> results = FilesAtOnce.run(3, index -> index, 2, "test", index -> {
            if (index < 2) {
                bothStarted.countDown();
                assertThat(await(bothStarted)).as("the other file started").isTrue();
            }
            return "file " + index;
        });

        assertThat(results).containsExactly("file 0", "file 1", "file 2");
    }

    @Test
    void filesOfOneGroupRunOneAfterAnotherInTheirOrder() throws Exception {
        ConcurrentLinkedQueue<Integer> sameContent = new ConcurrentLinkedQueue<>();
        List<Integer> groups = List.of(7, 8, 7, 9, 7);

        FilesAtOnce.run(groups.size(), groups::get, 3, "test", index -> {
            if (groups.get(index) == 7) {
                sameContent.add(index);
                pause(20);
            }
            return index;
        });

        assertThat(sameContent).containsExactly(0, 2, 4);
    }

    @Test
    void theFirstFailureInTheFilesOrderIsThrownAndNoFileStartsAfterIt() {
        ConcurrentLinkedQueue<Integer> started = new ConcurrentLinkedQueue<>();

        assertThatThrownBy(() -> FilesAtOnce.run(4, index -> index % 2, 2, "test", index -> {
            started.add(index);
            if (index == 1) {
                throw new IOException("file 1 cannot be read");
            }
            pause(50);
            return index;
        })).isInstanceOf(IOException.class).hasMessage("file 1 cannot be read");

        // File 3 follows file 1 on the same chain, so it never starts; file 0 had started and finished.
        assertThat(started).contains(0, 1).doesNotContain(3);
    }

    @Test
    void smallFilesAreTakenOneAtATime() {
        assertThat(FilesAtOnce.threads(1_000_000)).isEqualTo(1);
        assertThat(FilesAtOnce.threads(700_000_000L))
                .isEqualTo(Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    private static boolean await(CountDownLatch latch) throws IOException {
        try {
            return latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            throw new IOException(e);
        }
    }

    private static void pause(long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            throw new IOException(e);
        }
    }
}
