package ebpm.jobs.reference;

import ebpm.analytics.area.LocalGovernmentCode;
import ebpm.jobs.landing.CsvRecordReader;
import ebpm.jobs.landing.TabularRow;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Kanagawa's 33 municipalities (19 cities, 13 towns, 1 village) as the Ministry's code list names them, and what a
 * code that is not one of them is instead: the prefecture itself (140007), a ward of one of the three designated
 * cities (wards are not municipalities: a designated city reports as a whole under its own code), another
 * prefecture's code, or a typing error caught by the check digit.
 */
public final class KanagawaMunicipalities {

    public static final String PREFECTURE_CODE = "140007";
    public static final int KANAGAWA = 14;
    public static final int MUNICIPALITY_COUNT = 33;

    static final String CODES = "ebpm/reference/kanagawa-municipal-codes.csv";
    static final String WARDS = "ebpm/reference/kanagawa-designated-city-wards.csv";
    private static final Pattern FIVE_DIGITS = Pattern.compile("\\d{5}");
    private static final Pattern BLANKS = Pattern.compile("[\\s　]+");

    /** One municipality: its 6-digit code and its name as listed (e.g. 141003 横浜市). */
    public record Municipality(String code, String name) {
    }

    private record Ward(String name, Municipality city) {
    }

    private static final class Loaded {
        static final KanagawaMunicipalities LIST = read();
    }

    private final Map<String, Municipality> byCode;
    private final Map<String, Ward> wards;

    private KanagawaMunicipalities(Map<String, Municipality> byCode, Map<String, Ward> wards) {
        this.byCode = byCode;
        this.wards = wards;
    }

    /** The list shipped with the application (read once). */
    public static KanagawaMunicipalities load() {
        return Loaded.LIST;
    }

    /** The 33 in the list's order (cities, then towns and the village, by code). */
    public List<Municipality> all() {
        return List.copyOf(byCode.values());
    }

    public Optional<Municipality> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * Why a code is not one of the 33, in words a sender can act on; empty when it is one.
     * Codes are read as written: the caller normalises full-width digits first if it accepts them.
     */
    public Optional<String> problem(String code) {
        if (byCode.containsKey(code)) {
            return Optional.empty();
        }
        if (FIVE_DIGITS.matcher(code).matches()) {
            return Optional.of("'" + code + "' has 5 digits; write the 6-digit code with its check digit, e.g. "
                    + LocalGovernmentCode.withCheckDigit(code));
        }
        if (!LocalGovernmentCode.isSixDigits(code)) {
            return Optional.of("'" + code + "' is not a 6-digit municipality code such as 141003");
        }
        if (!LocalGovernmentCode.hasValidCheckDigit(code)) {
            return Optional.of("'" + code + "' has a wrong check digit (for " + code.substring(0, 5) + " it is "
                    + LocalGovernmentCode.checkDigit(code.substring(0, 5)) + "); check the code for a typing error");
        }
        if (LocalGovernmentCode.prefecture(code) != KANAGAWA) {
            return Optional.of("'" + code + "' is a code of prefecture " + code.substring(0, 2)
                    + ", not of Kanagawa (14)");
        }
        if (code.equals(PREFECTURE_CODE)) {
            return Optional.of("'" + code + "' is Kanagawa Prefecture itself, not one of its "
                    + MUNICIPALITY_COUNT + " municipalities");
        }
        Ward ward = wards.get(code);
        if (ward != null) {
            return Optional.of("'" + code + "' is " + ward.name() + ", a ward of " + ward.city().name()
                    + "; a designated city reports as a whole under " + ward.city().code());
        }
        return Optional.of("'" + code + "' is not one of Kanagawa's " + MUNICIPALITY_COUNT + " municipalities");
    }

    /**
     * Whether a name as written is the listed name of the code: spaces, a leading 神奈川県, full-width forms and
     * ケ for ヶ (茅ケ崎市 and 茅ヶ崎市 are both in common use) are forgiven.
     */
    public boolean nameMatches(String code, String writtenName) {
        Municipality municipality = byCode.get(code);
        return municipality != null && comparable(municipality.name()).equals(comparable(writtenName));
    }

    private static String comparable(String name) {
        String text = BLANKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKC)).replaceAll("");
        if (text.startsWith("神奈川県")) {
            text = text.substring("神奈川県".length());
        }
        return text.replace('ケ', 'ヶ');
    }

    private static KanagawaMunicipalities read() {
        Map<String, Municipality> byCode = new LinkedHashMap<>();
        for (List<String> row : rows(CODES)) {
            String code = row.get(0).strip();
            String name = row.get(2).strip();
            if (!name.isEmpty() && LocalGovernmentCode.prefecture(code) == KANAGAWA) {
                byCode.put(code, new Municipality(code, name));
            }
        }
        if (byCode.size() != MUNICIPALITY_COUNT) {
            throw new IllegalStateException(CODES + " lists " + byCode.size() + " municipalities, not "
                    + MUNICIPALITY_COUNT);
        }
        Map<String, Ward> wards = new LinkedHashMap<>();
        for (List<String> row : rows(WARDS)) {
            // cid is the 5-digit code; city is "横浜市 鶴見区"
            String[] cityAndWard = row.get(3).strip().split(" ", 2);
            Municipality city = byCode.values().stream().filter(m -> m.name().equals(cityAndWard[0])).findFirst()
                    .orElseThrow(() -> new IllegalStateException(WARDS + ": unknown city " + cityAndWard[0]));
            wards.put(LocalGovernmentCode.withCheckDigit(row.get(2).strip()), new Ward(row.get(3).strip(), city));
        }
        return new KanagawaMunicipalities(byCode, wards);
    }

    /** The data rows of a list on the classpath (its header skipped). */
    private static List<List<String>> rows(String resource) {
        InputStream in = KanagawaMunicipalities.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("reference list " + resource + " is not on the classpath");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            CsvRecordReader records = new CsvRecordReader(Path.of(resource), reader);
            records.next();
            List<List<String>> rows = new ArrayList<>();
            for (TabularRow row = records.next(); row != null; row = records.next()) {
                if (!row.isBlank()) {
                    rows.add(row.cells());
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference list " + resource, e);
        }
    }
}
