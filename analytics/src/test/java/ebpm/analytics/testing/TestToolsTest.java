package ebpm.analytics.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TestToolsTest {

    @Test
    void findsAProgramOnThePathAndNotOneThatIsNot() {
        assertThat(TestTools.find("sh")).hasValueSatisfying(sh -> assertThat(sh.getFileName().toString()).isEqualTo("sh"));
        assertThat(TestTools.find("no-such-program-ebpm")).isEmpty();
    }
}
