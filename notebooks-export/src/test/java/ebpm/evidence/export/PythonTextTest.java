package ebpm.evidence.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PythonTextTest {

    @Test
    void tripleQuotedStringsKeepLinesAndCannotBeClosedEarly() {
        assertThat(PythonText.string("SELECT \"柱\"\nFROM t -- \"\"\" \\ end\""))
                .isEqualTo("\"\"\"SELECT \\\"柱\\\"\nFROM t -- \\\"\\\"\\\" \\\\ end\\\"\"\"\"");
    }

    @Test
    void shortStringsStayOnOneLine() {
        assertThat(PythonText.shortString("a\nb\t\"c\"\u0001")).isEqualTo("\"a\\nb\\t\\\"c\\\"\\x01\"");
    }

    @Test
    void boundValuesAreIntegersStringsOrNone() {
        List<Object> values = Arrays.asList(2020, "kanagawa-now", null);

        assertThat(values.stream().map(PythonText::value))
                .containsExactly("2020", "\"kanagawa-now\"", "None");
    }
}
