package ebpm.jobs.reference;

import ebpm.analytics.area.LocalGovernmentCode;
import ebpm.analytics.project.Project;
import ebpm.analytics.project.ReferenceTable;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The prefecture's municipalities as the project's seeds list them ({@code seeds/municipalities.csv}; Kanagawa's 33
 * from the Ministry's code list), and what a code that is not one of them is instead: the prefecture itself
 * (140007), a ward of a designated city ({@code seeds/designated_city_wards.csv}: wards are not municipalities, a
 * designated city reports as a whole under its own code), another prefecture's code, or a typing error caught by
 * the check digit.
 */
public final class Municipalities {

    public static final String SEED = "seed_municipalities";
    public static final String WARDS_SEED = "seed_designated_city_wards";
    private static final Pattern FIVE_DIGITS = Pattern.compile("\\d{5}");
    private static final Pattern BLANKS = Pattern.compile("[\\s　]+");

    /** One municipality: its 6-digit code and its name as listed (e.g. 141003 横浜市). */
    public record Municipality(String code, String name) {
    }

    private record Ward(String name, Municipality city) {
    }

    private static final class BuiltIn {
        static final Municipalities LIST = of(Project.builtIn());
    }

    private final String prefectureCode;
    private final String prefectureName;
    private final Map<String, Municipality> byCode;
    private final Map<String, Ward> wards;

    private Municipalities(String prefectureCode, String prefectureName, Map<String, Municipality> byCode,
                           Map<String, Ward> wards) {
        this.prefectureCode = prefectureCode;
        this.prefectureName = prefectureName;
        this.byCode = byCode;
        this.wards = wards;
    }

    /** The built-in project's list (read once). */
    public static Municipalities load() {
        return BuiltIn.LIST;
    }

    /** The list of a project's seeds, for the prefecture its settings name. */
    public static Municipalities of(Project project) {
        Map<String, Municipality> byCode = new LinkedHashMap<>();
        ReferenceTable list = project.referenceTable(SEED);
        for (List<Object> row : list.rows()) {
            String code = (String) row.get(list.indexOf("code"));
            byCode.put(code, new Municipality(code, (String) row.get(list.indexOf("name"))));
        }
        Map<String, Ward> wards = new LinkedHashMap<>();
        ReferenceTable wardList = project.referenceTable(WARDS_SEED);
        for (List<Object> row : wardList.rows()) {
            String city = (String) row.get(wardList.indexOf("city_code"));
            wards.put((String) row.get(wardList.indexOf("code")), new Ward((String) row.get(wardList.indexOf("name")),
                    Optional.ofNullable(byCode.get(city)).orElseThrow(() -> new IllegalStateException(
                            wardList.origin() + ": city_code " + city + " is not in " + list.origin()))));
        }
        return new Municipalities(project.settings().prefectureCode(), project.settings().prefectureName(),
                byCode, wards);
    }

    /** In the list's order (cities, then towns and villages, by code). */
    public List<Municipality> all() {
        return List.copyOf(byCode.values());
    }

    public Optional<Municipality> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** Why a code is not one of the municipalities, in English for the office and in Japanese for the sender. */
    public record CodeProblem(String english, String japanese) {
    }

    /**
     * Why a code is not one of the 33, in words a sender can act on; empty when it is one.
     * Codes are read as written: the caller normalises full-width digits first if it accepts them.
     */
    public Optional<String> problem(String code) {
        return problemInBoth(code).map(CodeProblem::english);
    }

    /** {@link #problem}, with the same sentence in Japanese for a municipality that sends the code. */
    public Optional<CodeProblem> problemInBoth(String code) {
        if (byCode.containsKey(code)) {
            return Optional.empty();
        }
        if (FIVE_DIGITS.matcher(code).matches()) {
            String full = LocalGovernmentCode.withCheckDigit(code);
            return problem("'" + code + "' has 5 digits; write the 6-digit code with its check digit, e.g. " + full,
                    "「" + code + "」は5桁です。検査数字を付けた6桁のコード（" + full + "）で書いてください");
        }
        if (!LocalGovernmentCode.isSixDigits(code)) {
            return problem("'" + code + "' is not a 6-digit municipality code such as 141003",
                    "「" + code + "」は6桁の市町村コード（例: 141003）ではありません");
        }
        if (!LocalGovernmentCode.hasValidCheckDigit(code)) {
            int digit = LocalGovernmentCode.checkDigit(code.substring(0, 5));
            return problem("'" + code + "' has a wrong check digit (for " + code.substring(0, 5) + " it is " + digit
                    + "); check the code for a typing error", "「" + code + "」は検査数字（6桁目）が違います（"
                    + code.substring(0, 5) + " なら " + digit + "）。入力の誤りがないか確かめてください");
        }
        if (!code.startsWith(prefectureCode.substring(0, 2))) {
            return problem("'" + code + "' is a code of prefecture " + code.substring(0, 2) + ", not of "
                    + prefectureName + " (" + prefectureCode.substring(0, 2) + ")",
                    "「" + code + "」は他の都道府県（" + code.substring(0, 2) + "）のコードです。" + prefectureName
                            + "の市町村コードは " + prefectureCode.substring(0, 2) + " で始まります");
        }
        if (code.equals(prefectureCode)) {
            return problem("'" + code + "' is " + prefectureName + " itself, not one of its " + byCode.size()
                    + " municipalities", "「" + code + "」は" + prefectureName + "自体のコードです。市町村のコードを書いてください");
        }
        Ward ward = wards.get(code);
        if (ward != null) {
            return problem("'" + code + "' is " + ward.name() + ", a ward of " + ward.city().name()
                    + "; a designated city reports as a whole under " + ward.city().code(),
                    "「" + code + "」は" + ward.city().name() + "の区（" + ward.name() + "）です。政令指定都市は市全体の "
                            + ward.city().code() + " で書いてください");
        }
        return problem("'" + code + "' is not one of " + prefectureName + "'s " + byCode.size()
                + " municipalities (seeds/municipalities.csv)",
                "「" + code + "」は" + prefectureName + "の" + byCode.size() + "市町村のコードではありません");
    }

    private static Optional<CodeProblem> problem(String english, String japanese) {
        return Optional.of(new CodeProblem(english, japanese));
    }

    /**
     * Why a code is not an area figures may be published for, the prefecture itself or one of its municipalities;
     * empty when it is one.
     */
    public Optional<String> areaProblem(String code) {
        return code.equals(prefectureCode) ? Optional.empty() : problem(code);
    }

    /**
     * Whether a name as written is the listed name of the code: spaces, a leading prefecture name, full-width forms and
     * ケ for ヶ (茅ケ崎市 and 茅ヶ崎市 are both in common use) are forgiven.
     */
    public boolean nameMatches(String code, String writtenName) {
        Municipality municipality = byCode.get(code);
        return municipality != null
                && comparable(municipality.name(), prefectureName).equals(comparable(writtenName, prefectureName));
    }

    private static String comparable(String name, String prefecture) {
        String text = BLANKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKC)).replaceAll("");
        if (text.startsWith(prefecture)) {
            text = text.substring(prefecture.length());
        }
        return text.replace('ケ', 'ヶ');
    }
}
