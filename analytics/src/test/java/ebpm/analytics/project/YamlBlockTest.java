package ebpm.analytics.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Definitions are read strictly: what an analyst mistypes is an error naming the file, the line and the key. */
class YamlBlockTest {

    private static final String FILE = "evidence/x.yaml";

    @Test
    void readsValuesAsWrittenSoACodeStaysText() {
        YamlBlock yaml = YamlBlock.parse(FILE, """
                code: 140007
                leading_zero: 0140
                top: 10
                rate: 0.95
                active: true
                models: [stg_a, int_b]
                one_model: stg_a
                """);

        assertThat(yaml.text("code")).isEqualTo("140007");
        assertThat(yaml.text("leading_zero")).isEqualTo("0140");
        assertThat(yaml.integer("top", 0)).isEqualTo(10);
        assertThat(yaml.decimal("rate", 0)).isEqualTo(0.95);
        assertThat(yaml.bool("active", false)).isTrue();
        assertThat(yaml.texts("models")).containsExactly("stg_a", "int_b");
        assertThat(yaml.texts("one_model")).containsExactly("stg_a");
        assertThat(yaml.integer("absent", 7)).isEqualTo(7);
        assertThat(yaml.texts("absent")).isEmpty();
    }

    @Test
    void anUnknownKeyIsRefusedWithItsLineAndTheKnownKeys() {
        YamlBlock yaml = YamlBlock.parse(FILE, """
                title: 表
                descripton: a typo
                """);

        assertThatThrownBy(() -> yaml.allowOnly(List.of("title", "description")))
                .isInstanceOf(DefinitionException.class)
                .hasMessage("evidence/x.yaml line 2: unknown key 'descripton'; known keys: description, title");
    }

    @Test
    void aValueOfTheWrongTypeNamesTheKeyTheValueAndItsLine() {
        YamlBlock yaml = YamlBlock.parse(FILE, """
                title: 表

                top: ten
                rate: high
                required: yes please
                grain: [a, b]
                """);

        assertThatThrownBy(() -> yaml.integer("top", 0))
                .hasMessage("evidence/x.yaml line 3: 'top' must be a whole number, not 'ten'");
        assertThatThrownBy(() -> yaml.decimal("rate", 0))
                .hasMessage("evidence/x.yaml line 4: 'rate' must be a number, not 'high'");
        assertThatThrownBy(() -> yaml.bool("required", false))
                .hasMessage("evidence/x.yaml line 5: 'required' must be true or false, not 'yes please'");
        assertThatThrownBy(() -> yaml.text("grain"))
                .hasMessage("evidence/x.yaml line 6: 'grain' must be a single value, found a list");
    }

    @Test
    void aNestedBlockReportsTheLinesOfTheFile() {
        YamlBlock yaml = YamlBlock.parse(FILE, """
                title: 表
                parameters:
                  fy:
                    label: 年度
                    kind: fiscal_year
                """);
        YamlBlock fy = yaml.block("parameters").blocks().get("fy");

        assertThatThrownBy(() -> fy.allowOnly(List.of("label", "type")))
                .hasMessage("evidence/x.yaml line 5: unknown key 'kind'; known keys: label, type");
        assertThatThrownBy(() -> fy.text("type")).hasMessage("evidence/x.yaml line 4: 'type' is missing");
        assertThat(yaml.line("parameters")).isEqualTo(2);
    }

    @Test
    void aKeyGivenTwiceIsRefused() {
        assertThatThrownBy(() -> YamlBlock.parse(FILE, "title: a\ntitle: b\n"))
                .isInstanceOf(DefinitionException.class)
                .hasMessageStartingWith("evidence/x.yaml");
    }

    @Test
    void textThatIsNotYamlNamesTheFile() {
        assertThatThrownBy(() -> YamlBlock.parse(FILE, "title: [unclosed\n"))
                .isInstanceOf(DefinitionException.class)
                .hasMessageStartingWith("evidence/x.yaml: not valid YAML: ");
    }

    @Test
    void aListWhereKeysAreExpectedIsRefused() {
        assertThatThrownBy(() -> YamlBlock.parse(FILE, "- title\n- grain\n"))
                .hasMessage("evidence/x.yaml line 1: expected keys and values (key: value), found a list");
    }

    @Test
    void anEmptyFileIsAnEmptyBlockWhoseRequiredKeysAreMissing() {
        YamlBlock yaml = YamlBlock.parse(FILE, "");

        assertThat(yaml.keys()).isEmpty();
        assertThatThrownBy(() -> yaml.text("title")).hasMessage("evidence/x.yaml: 'title' is missing");
    }
}
