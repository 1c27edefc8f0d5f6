package ebpm.analytics.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Seeds as analysts save them from Excel, read strictly against their sidecar. */
class SeedsTest {

    private static final String SITES_YAML = """
            description: sites
            columns: {site_id: text, name: text, weight: decimal, active: boolean}
            not_null: [site_id]
            unique: [site_id]
            accepted: {active: ["true", "false"]}
            """;

    @Test
    void readsExcelsCp932AndUtf8WithBomAlikeWithTypedValues() {
        String csv = "site_id,name,weight,active\r\nkanagawa-now,観光かながわNOW,\"1,5\",true\r\ninbound,,,FALSE\r\n";
        ReferenceTable cp932 = read(csv.getBytes(Charset.forName("windows-31j")), SITES_YAML);
        ReferenceTable bom = read(withBom(csv), SITES_YAML);

        assertThat(cp932.name()).isEqualTo("seed_sites");
        assertThat(cp932.rows()).isEqualTo(bom.rows()).containsExactly(
                List.of("kanagawa-now", "観光かながわNOW", 15.0, true),
                Arrays.asList("inbound", null, null, false));
    }

    @Test
    void aCellThatIsNotOfItsColumnsTypeNamesTheFileLineAndColumn() {
        assertThatThrownBy(() -> read("site_id,name,weight,active\nx,X,heavy,true\n", SITES_YAML))
                .isInstanceOf(DefinitionException.class)
                .hasMessage("/p/seeds/sites.csv line 2: weight 'heavy' is not a number");
        assertThatThrownBy(() -> read("site_id,name,weight,active\nx,X,NaN,true\n", SITES_YAML))
                .hasMessage("/p/seeds/sites.csv line 2: weight 'NaN' is not a number");
    }

    @Test
    void aKeyTwiceAnEmptyRequiredCellAValueNotAcceptedAndOtherColumnsAreRefused() {
        assertThatThrownBy(() -> read("site_id,name,weight,active\nx,X,,true\nx,Y,,true\n", SITES_YAML))
                .hasMessage("/p/seeds/sites.csv line 3: site_id [x] is already on line 2; each may appear once");
        assertThatThrownBy(() -> read("site_id,name,weight,active\n,X,,true\n", SITES_YAML))
                .hasMessage("/p/seeds/sites.csv line 2: site_id is empty, but it must be filled");
        assertThatThrownBy(() -> read("site_id,name\nx,X\n", SITES_YAML.replace("boolean", "text")))
                .hasMessageContaining("line 1: the columns are site_id,name but /p/seeds/sites.yaml declares "
                        + "site_id,name,weight,active");
        assertThatThrownBy(() -> read("site_id,name,weight,active\nx,X,,maybe\n",
                SITES_YAML.replace("active: boolean", "active: text")))
                .hasMessage("/p/seeds/sites.csv line 2: active 'maybe' is not one of true, false");
    }

    @Test
    void aSidecarWithAnUnknownKeyOrTypeIsRefusedWithItsLine() {
        assertThatThrownBy(() -> read("a\n1\n", "columns: {a: text}\nuniqe: [a]\n"))
                .hasMessage("/p/seeds/sites.yaml line 2: unknown key 'uniqe'; known keys: accepted, columns, "
                        + "description, not_null, unique");
        assertThatThrownBy(() -> read("a\n1\n", "columns: {a: number}\n"))
                .hasMessageContaining("column a has type 'number'; use text, integer, decimal or boolean");
    }

    @Test
    void theBuiltInProjectShipsTheReferenceTablesTheModelsJoin() {
        assertThat(Project.builtIn().referenceTables()).containsKeys("seed_tourism_sites", "seed_tourism_sections",
                "seed_outcome_indicators", "seed_municipalities", "seed_designated_city_wards", "project_vars");
        assertThat(Project.builtIn().referenceTable("seed_municipalities").rows()).hasSize(33);
    }

    private static ReferenceTable read(String csv, String yaml) {
        return read(csv.getBytes(StandardCharsets.UTF_8), yaml);
    }

    private static ReferenceTable read(byte[] csv, String yaml) {
        return Seeds.read(new ProjectFile("seeds/sites.csv", "/p/seeds/sites.csv", csv),
                new ProjectFile("seeds/sites.yaml", "/p/seeds/sites.yaml", yaml.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] withBom(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        return bytes;
    }
}
