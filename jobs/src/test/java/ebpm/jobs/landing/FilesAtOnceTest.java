package ebpm.jobs.landing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ebpm.jobs.CpuThreads;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Files taken in at once: read side by side, taking effect in their order, copies of one content in turn, and after
 * a failure no later file takes effect.
 */
class FilesAtOnceTest {

    @Test
    void twoFilesAreReadAtOnceAndTakeEffectInTheirOrder() throws Exception {
        // The first two each wait for the other to start: they can only finish if they run at the same time.
        CountDownLatch bothStarted = new CountDownLatch(2);
        ConcurrentLinkedQueue<Integer> effects = new ConcurrentLinkedQueue<>();

        List<String> results = FilesAtOnce.run(3, index -> index, 2, "test", (index, turn) -> {
            if (index < 2) {
                bothStarted.countDown();
                assertThat(await(bothStarted)).as("the other file started").isTrue();
            }
            if (index == 0) {
                pause(100);
            }
            turn.await();
            effects.add(index);
            return "file " + index;
        });

        assertThat(results).containsExactly("file 0", "file 1", "file 2");
        assertThat(effects).containsExactly(0, 1, 2);
    }

    @Test
    void filesOfOneGroupRunOneAfterAnotherInTheirOrder() throws Exception {
        ConcurrentLinkedQueue<Integer> sameContent = new ConcurrentLinkedQueue<>();
        List<Integer> groups = List.of(7, 8, 7, 9, 7);

        FilesAtOnce.run(groups.size(), groups::get, 3, "test", (index, turn) -> {
            if (groups.get(index) == 7) {
                sameContent.add(index);
                pause(20);
            }
            return index;
        });

        assertThat(sameContent).containsExactly(0, 2, 4);
    }

    @Test
    void afterAFailureNoLaterFileTakesEffectAndTheFirstFailureIsThrown() {
        ConcurrentLinkedQueue<Integer> effects = new ConcurrentLinkedQueue<>();

        assertThatThrownBy(() -> FilesAtOnce.run(4, index -> index, 2, "test", (index, turn) -> {
            if (index == 0) {
                pause(100);
                throw new IOException("file 0 cannot be read");
            }
            // File 1 is read beside file 0 and ready first, but must not take effect before it, nor after it failed.
            turn.await();
            effects.add(index);
            return index;
        })).isInstanceOf(IOException.class).hasMessage("file 0 cannot be read");

        assertThat(effects).isEmpty();
    }

    @Test
    void smallFilesAreTakenOneAtATime() {
        assertThat(FilesAtOnce.threads(1_000_000)).isEqualTo(1);
        assertThat(FilesAtOnce.threads(700_000_000L)).isEqualTo(CpuThreads.perCore());
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
