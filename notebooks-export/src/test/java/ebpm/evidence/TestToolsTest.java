package ebpm.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

class TestToolsTest {

    @Test
    void findsAProgramOnThePath() {
        assertThat(TestTools.find("sh")).isPresent();
    }

    @Test
    void aMissingProgramSkipsTheTestOrFailsItWhereTheToolsAreRequired() {
        Class<? extends Throwable> expected = "1".equals(System.getenv(TestTools.REQUIRE))
                ? AssertionError.class : TestAbortedException.class;

        assertThatThrownBy(() -> TestTools.require("no-such-program-ebpm"))
                .isInstanceOf(expected)
                .hasMessageContaining("no-such-program-ebpm is not on the PATH");
    }
}
