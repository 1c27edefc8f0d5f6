package ebpm.evidence.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void writesNestedValuesIndentedAsJupyterDoes() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("name", "達成率");
        value.put("rows", 10);
        value.put("rate", 69.8);
        value.put("missing", null);
        value.put("flags", List.of(true, false));
        value.put("empty", List.of());
        value.put("meta", Map.of());

        assertThat(Json.write(value)).isEqualTo("{\n"
                + " \"name\": \"達成率\",\n"
                + " \"rows\": 10,\n"
                + " \"rate\": 69.8,\n"
                + " \"missing\": null,\n"
                + " \"flags\": [\n"
                + "  true,\n"
                + "  false\n"
                + " ],\n"
                + " \"empty\": [],\n"
                + " \"meta\": {}\n"
                + "}\n");
    }

    @Test
    void escapesEverythingJsonRequiresAndLeavesJapaneseReadable() {
        assertThat(Json.write("\"引用\" \\ \n\r\t\b\f \u0001 \u2028 </script>"))
                .isEqualTo("\"\\\"引用\\\" \\\\ \\n\\r\\t\\b\\f \\u0001 \\u2028 </script>\"\n");
    }

    @Test
    void escapesLoneSurrogatesButKeepsPairs() {
        assertThat(Json.write("𠮷田 \uD842 x\uDFB7")).isEqualTo("\"𠮷田 \\ud842 x\\udfb7\"\n");
    }

    @Test
    void writesNumbersPlainAndNonFiniteAsNull() {
        assertThat(Json.write(Arrays.asList(1.0E-7, 841586.0, Double.NaN, Double.POSITIVE_INFINITY, 12345678901L)))
                .isEqualTo("[\n 0.00000010,\n 841586.0,\n null,\n null,\n 12345678901\n]\n");
    }

    @Test
    void roundTripsThroughAStandardParser() throws Exception {
        List<Object> values = new ArrayList<>(List.of("a\"b\\c\u0000d", "改行\n", 3, 2.5));
        values.add(null);

        Object parsed = new ObjectMapper().readValue(Json.write(values), List.class);

        assertThat(parsed).isEqualTo(values);
    }
}
